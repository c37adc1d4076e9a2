//! `set` and `frozenset`: an open-addressing table that probes, grows and iterates
//! exactly as CPython's does (linear probes of 9 then perturbed jumps, 8 slots at first,
//! resize at 60% fill), so that iteration order — what `print({3, 1, 2})` shows —
//! matches CPython.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::protocols::compare::eq_fast;
use crate::value::Value;
use crate::vm::Vm;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A table slot. `Null` key with hash 0 is unused; `Null` key with hash -1 is a dummy
/// (a deleted entry).
#[derive(Clone)]
pub struct Slot {
    pub hash: i64,
    pub key: Value,
}

impl Slot {
    const EMPTY: Slot = Slot { hash: 0, key: Value::Null };

    fn is_unused(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }

    fn is_dummy(&self) -> bool {
        self.key.is_null() && self.hash == -1
    }
}

/// The table behind a set.
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking (CPython's search finger).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { slots: vec![Slot::EMPTY; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
}

/// Result of probing for a key.
enum Find {
    Found(usize),
    /// Not present; where it would go (an unused slot, or a dummy to reuse).
    Absent {
        unused: usize,
        dummy: Option<usize>,
    },
    /// A slot with the same hash needs Python's `==`.
    Compare(usize),
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Active keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots.iter().filter(|s| !s.key.is_null()).map(|s| s.key.clone()).collect()
    }

    /// Active (hash, key) pairs in table order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter(|s| !s.key.is_null()).map(|s| (s.hash, &s.key))
    }

    /// The key in slot `i` if active (for iterators), and the number of slots.
    pub fn slot(&self, i: usize) -> Option<&Value> {
        self.slots.get(i).map(|s| &s.key).filter(|k| !k.is_null())
    }

    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Probes for `key`; `skip` lists slots already compared unequal by Python `==`.
    fn find(&self, hash: i64, key: &Value, skip: &[usize]) -> Find {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut dummy = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let slot = &self.slots[j];
                if slot.is_unused() {
                    return Find::Absent { unused: j, dummy };
                }
                if slot.is_dummy() {
                    // The first dummy on the probe path is where a new key goes.
                    if dummy.is_none() {
                        dummy = Some(j);
                    }
                } else if slot.hash == hash && !skip.contains(&j) {
                    match eq_fast(&slot.key, key) {
                        Some(true) => return Find::Found(j),
                        Some(false) => {}
                        None => return Find::Compare(j),
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Inserts a key known to be absent into a table with no dummies (CPython's
    /// `set_insert_clean`).
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if slots[i].is_unused() {
                slots[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if slots[j].is_unused() {
                        slots[j] = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// Rebuilds the table with room for `minused` keys.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::EMPTY; size]);
        for s in old.into_iter().filter(|s| !s.key.is_null()) {
            Self::insert_clean(&mut self.slots, s.hash, s.key);
        }
        self.fill = self.used;
    }

    fn store(&mut self, hash: i64, key: Value, unused: usize, dummy: Option<usize>) {
        if let Some(d) = dummy {
            self.slots[d] = Slot { hash, key };
            self.used += 1;
            return;
        }
        self.slots[unused] = Slot { hash, key };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    /// Grows the table ahead of adding about `extra` keys, as CPython's `set_merge`
    /// and dict update do (one resize rather than several).
    fn reserve(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Rebuilds the table when more than a quarter of its slots are dummies (after a
    /// difference update, as CPython does).
    fn drop_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
            self.resize(minused);
        }
    }

    fn remove_slot(&mut self, i: usize) -> Value {
        let key = std::mem::replace(&mut self.slots[i], Slot { hash: -1, key: Value::Null }).key;
        self.used -= 1;
        key
    }

    pub fn clear(&mut self) {
        *self = SetTable::default();
    }
}

/// A set or frozenset object.
#[derive(Default)]
pub struct SetObj {
    pub table: RefCell<SetTable>,
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys()
    }

    /// Finds `key`, calling Python `==` where needed; returns its slot.
    fn lookup(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Result<usize, (usize, Option<usize>)>> {
        let mut skip = Vec::new();
        loop {
            let found = self.table.borrow().find(hash, key, &skip);
            match found {
                Find::Found(i) => return Ok(Ok(i)),
                Find::Absent { unused, dummy } => return Ok(Err((unused, dummy))),
                Find::Compare(i) => {
                    let stored = self.table.borrow().slots[i].key.clone();
                    let eq = vm.eq_bool(&stored, key)?;
                    let still = self.table.borrow().slots.get(i).is_some_and(|s| s.key.is(&stored));
                    if !still {
                        skip.clear();
                        continue;
                    }
                    if eq {
                        return Ok(Ok(i));
                    }
                    skip.push(i);
                }
            }
        }
    }

    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, key, hash)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        if let Err((unused, dummy)) = self.lookup(vm, hash, &key)? {
            self.table.borrow_mut().store(hash, key, unused, dummy);
        }
        Ok(())
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.lookup(vm, hash, key)?.is_ok())
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        self.discard_hashed(vm, key, hash)
    }

    /// Whether `key` (with its hash) is present.
    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.lookup(vm, hash, key)?.is_ok())
    }

    /// Removes `key` (with its hash), leaving a dummy; returns whether it was present.
    pub fn discard_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match self.lookup(vm, hash, key)? {
            Ok(i) => {
                let old = self.table.borrow_mut().remove_slot(i);
                drop(old);
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    /// The (hash, key) pairs in table order, as a snapshot that survives mutation.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table.borrow().entries().map(|(h, k)| (h, k.clone())).collect()
    }

    /// See [`SetTable::reserve`].
    pub fn reserve(&self, extra: usize) {
        self.table.borrow_mut().reserve(extra);
    }

    /// See [`SetTable::drop_dummies`].
    pub fn drop_dummies(&self) {
        self.table.borrow_mut().drop_dummies();
    }

    /// Takes over `other`'s table exactly (CPython's `set_swap_bodies`, used by
    /// `intersection_update`).
    pub fn replace_with(&self, other: SetObj) {
        let old = std::mem::replace(&mut *self.table.borrow_mut(), other.table.into_inner());
        drop(old);
    }

    /// Removes and returns an arbitrary element: the first in table order from the
    /// search finger, which moves past it (CPython's `set.pop`).
    pub fn pop(&self) -> Option<Value> {
        let mut table = self.table.borrow_mut();
        if table.used == 0 {
            return None;
        }
        let n = table.slots.len();
        let mut i = table.finger & (n - 1);
        while table.slots[i].key.is_null() {
            i = (i + 1) % n;
        }
        table.finger = i + 1;
        Some(table.remove_slot(i))
    }

    /// Adds every element of `other` (CPython's `set_merge`, which keeps table order when
    /// copying into an empty set).
    pub fn merge(&self, vm: &mut Vm, other: &SetObj) -> PyResult<()> {
        if std::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        if self.table.borrow().fill == 0 {
            self.merge_into_empty(other);
            return Ok(());
        }
        let other_entries = other.entries();
        self.reserve(other_entries.len());
        for (h, k) in other_entries {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// `set_merge` into a set with no entries and no dummies: no comparisons needed.
    fn merge_into_empty(&self, other: &SetObj) {
        let o = other.table.borrow();
        let mut t = self.table.borrow_mut();
        t.reserve(o.used);
        if t.mask() == o.mask() && o.fill == o.used {
            t.slots = o.slots.clone();
            t.fill = o.used;
            t.used = o.used;
            return;
        }
        for (h, k) in o.entries() {
            SetTable::insert_clean(&mut t.slots, h, k.clone());
            t.fill += 1;
            t.used += 1;
        }
    }

    /// A copy, laid out as CPython's `set.copy` lays it out.
    pub fn copy(&self) -> SetObj {
        let new = SetObj::new();
        new.merge_into_empty(self);
        new
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        drop(old);
    }
}
