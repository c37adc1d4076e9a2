//! `dict`: CPython's compact, insertion-ordered layout — an index table (hashbrown)
//! over a vector of (hash, key, value) entries.
//!
//! Keys are compared with Python equality, which for instances of classes can run Python
//! code that mutates this very dict. Lookups therefore never hold the table borrowed
//! while calling Python: keys of built-in types compare in Rust under the borrow; other
//! candidates are compared after the borrow is released, and the lookup restarts if the
//! entry changed meanwhile (as CPython does).

use std::cell::{Cell, RefCell};

use hashbrown::HashTable;

use crate::error::PyResult;
use crate::protocols::compare::eq_fast;
use crate::value::Value;
use crate::vm::Vm;

/// One slot of the entries vector; a deleted entry has a `Null` key.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The table behind a dict.
///
/// Small dicts (at most [`SMALL`] entry slots: most instance dicts, keyword-argument
/// dicts, small literals) have no index table: lookups scan the few entries comparing
/// hashes first, which is as fast as probing and saves the index's allocation.
#[derive(Default)]
pub struct DictTable {
    indices: HashTable<u32>,
    /// Whether `indices` is maintained (the dict outgrew `SMALL` slots).
    indexed: bool,
    entries: Vec<Entry>,
    used: usize,
    /// CPython's keys-table size (log2; 0 before the first insertion) and how many more
    /// entries it takes (`dk_usable`). Kaa's entry vector is compacted exactly when
    /// CPython's table would be resized, so entry positions (and so the behaviour of
    /// iterators over a dict changed while they run) are CPython's.
    log2_size: u8,
    usable: usize,
}

/// Entry slots a dict holds before it builds its index table.
const SMALL: usize = 8;

/// CPython's `USABLE_FRACTION`: the entries a keys table of `size` slots holds.
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython's `calculate_log2_keysize`: the smallest table (at least 8) for `minsize`.
fn log2_keysize(minsize: usize) -> u8 {
    let mut log2 = 3u8;
    while (1usize << log2) < minsize && log2 < 62 {
        log2 += 1;
    }
    log2
}

/// A `dict` object.
#[derive(Default)]
pub struct DictObj {
    pub table: RefCell<DictTable>,
    /// Identifies the current set of keys for inline caches; 0 when none was handed out
    /// since the keys last changed.
    version: Cell<u64>,
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// Spreads a Python hash over all 64 bits (Python hashes of small ints are the ints
/// themselves; hashbrown uses the top bits to filter probes).
#[inline(always)]
fn mix(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Outcome of a lookup that may need Python-level comparisons.
enum Probe {
    Found(usize),
    Missing,
    /// Entries with the right hash whose keys need Python's `==`.
    Candidates(Vec<usize>),
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// All entry slots, including deleted ones (`key` is `Null`); iteration walks these
    /// by index so it survives in-place value updates.
    pub fn entries_mut(&mut self) -> &mut [Entry] {
        &mut self.entries
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut slow = Vec::new();
        if !self.indexed {
            for (i, e) in self.entries.iter().enumerate() {
                if e.hash != hash || e.key.is_null() {
                    continue;
                }
                match eq_fast(&e.key, key) {
                    Some(true) => return Probe::Found(i),
                    Some(false) => {}
                    None => slow.push(i),
                }
            }
            return if slow.is_empty() { Probe::Missing } else { Probe::Candidates(slow) };
        }
        let found = self.indices.find(mix(hash), |&i| {
            let e = &self.entries[i as usize];
            if e.hash != hash {
                return false;
            }
            match eq_fast(&e.key, key) {
                Some(eq) => eq,
                None => {
                    slow.push(i as usize);
                    false
                }
            }
        });
        match found {
            Some(&i) => Probe::Found(i as usize),
            None if slow.is_empty() => Probe::Missing,
            None => Probe::Candidates(slow),
        }
    }

    /// Finds `key` by a string (keys that are str compare by content).
    /// Whether a str key equal to `name` is present, by a scan that needs no hash
    /// (usable while a value is being dropped, when the hash secret may be gone).
    pub fn has_str_key_scan(&self, name: &str) -> bool {
        self.entries.iter().any(|e| matches!(&e.key, Value::Obj(o) if o.as_str().is_some_and(|s| s.as_str() == name)))
    }

    pub fn find_str(&self, hash: i64, name: &str) -> Option<usize> {
        let matches = |e: &Entry| {
            e.hash == hash && matches!(&e.key, Value::Obj(o) if o.as_str().is_some_and(|s| s.as_str() == name))
        };
        if !self.indexed {
            return self.entries.iter().position(matches);
        }
        self.indices
            .find(mix(hash), |&i| {
                let e = &self.entries[i as usize];
                e.hash == hash && matches!(&e.key, Value::Obj(o) if o.as_str().is_some_and(|s| s.as_str() == name))
            })
            .map(|&i| i as usize)
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.usable == 0 {
            // CPython's insertion_resize: a table sized for three times the live
            // entries, without the deleted ones.
            self.log2_size = log2_keysize(self.used * 3);
            self.usable = usable_fraction(1 << self.log2_size).saturating_sub(self.used).max(1);
            if self.entries.len() != self.used {
                self.compact();
            }
        }
        self.usable -= 1;
        if self.entries.len() >= u32::MAX as usize {
            // A dict this large cannot be indexed by u32; compaction frees deleted slots.
            self.compact();
        }
        let index = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        if self.indexed {
            let entries = &self.entries;
            self.indices.insert_unique(mix(hash), index, |&i| mix(entries[i as usize].hash));
        } else if self.entries.len() > SMALL {
            self.build_index();
        }
    }

    fn remove_at(&mut self, index: usize) -> (Value, Value) {
        let hash = self.entries[index].hash;
        if self.indexed {
            if let Ok(entry) = self.indices.find_entry(mix(hash), |&i| i as usize == index) {
                entry.remove();
            }
        }
        let e = &mut self.entries[index];
        let key = e.key.take();
        let value = e.value.take();
        self.used -= 1;
        // The deleted slot stays until the next resize, as in CPython.
        (key, value)
    }

    /// Drops deleted slots and rebuilds the index.
    fn compact(&mut self) {
        self.entries.retain(|e| !e.key.is_null());
        if self.indexed {
            self.build_index();
        }
    }

    /// (Re)builds the index table over the entry slots.
    fn build_index(&mut self) {
        self.indices.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if !e.key.is_null() {
                self.indices.insert_unique(mix(e.hash), i as u32, |&j| mix(entries[j as usize].hash));
            }
        }
        self.indexed = true;
    }

    pub fn clear(&mut self) {
        self.indexed = false;
        self.indices.clear();
        self.entries.clear();
        self.used = 0;
        self.log2_size = 0;
        self.usable = 0;
    }

    /// Live (key, value) pairs in order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries.iter().filter(|e| !e.key.is_null()).map(|e| (&e.key, &e.value))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }

    /// The value stored at entry `index` (for version-checked caches).
    #[inline]
    pub fn value_at(&self, index: usize) -> Option<&Value> {
        self.entries.get(index).map(|e| &e.value)
    }

    /// The last live entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| !e.key.is_null())
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The current keys version, handing out a new one if needed.
    pub fn keys_version(&self) -> u64 {
        let v = self.version.get();
        if v != 0 {
            return v;
        }
        let v = NEXT_VERSION.with(|n| {
            let v = n.get();
            n.set(v + 1);
            v
        });
        self.version.set(v);
        v
    }

    #[inline]
    fn keys_changed(&self) {
        self.version.set(0);
    }

    /// The version if one is current, without handing one out.
    #[inline]
    pub fn current_version(&self) -> u64 {
        self.version.get()
    }

    /// Finds the entry index of `key`, calling Python `==` where needed.
    fn lookup(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        loop {
            let probe = self.table.borrow().probe(hash, key);
            match probe {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing => return Ok(None),
                Probe::Candidates(candidates) => {
                    let mut restart = false;
                    for i in candidates {
                        let stored = match self.table.borrow().entries.get(i) {
                            Some(e) if !e.key.is_null() => e.key.clone(),
                            _ => {
                                restart = true;
                                break;
                            }
                        };
                        let eq = vm.eq_bool(&stored, key)?;
                        let still = self.table.borrow().entries.get(i).is_some_and(|e| e.key.is(&stored));
                        if !still {
                            restart = true;
                            break;
                        }
                        if eq {
                            return Ok(Some(i));
                        }
                    }
                    if !restart {
                        return Ok(None);
                    }
                }
            }
        }
    }

    pub fn get_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_item_hashed(vm, key, hash)
    }

    pub fn get_item_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self.lookup(vm, hash, key)?.and_then(|i| self.table.borrow().value_at(i).cloned()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.lookup(vm, hash, key)?.is_some())
    }

    pub fn set_item(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_item_hashed(vm, key, hash, value)
    }

    #[inline]
    pub fn set_item_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.lookup(vm, hash, &key)? {
            Some(i) => {
                // Replace the value; drop the old one after releasing the borrow (its
                // destructor may run Python code later on).
                let old = std::mem::replace(&mut self.table.borrow_mut().entries[i].value, value);
                drop(old);
            }
            None => {
                self.table.borrow_mut().insert_new(hash, key, value);
                self.keys_changed();
            }
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn del_item(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.del_item_hashed(vm, key, hash)
    }

    /// `del_item` for a key whose hash is known (computed once by the caller, as
    /// CPython's `_PyDict_Pop_KnownHash` callers do).
    pub fn del_item_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.lookup(vm, hash, key)? {
            Some(i) => {
                let (k, v) = self.table.borrow_mut().remove_at(i);
                self.keys_changed();
                drop(k);
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    /// Looks up a string key without needing the VM (str keys hash and compare in Rust).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let hash = crate::protocols::hash::hash_str(name);
        let table = self.table.borrow();
        table.find_str(hash, name).and_then(|i| table.value_at(i).cloned())
    }

    /// The value of a str key given as a str object (its cached hash is used).
    pub fn get_str_obj(&self, name: &crate::objects::str::PyStr) -> Option<Value> {
        let table = self.table.borrow();
        table.find_str(name.hash(), name.as_str()).and_then(|i| table.value_at(i).cloned())
    }

    /// Entry index of a string key, for caches.
    pub fn index_of_str(&self, name: &str, hash: i64) -> Option<usize> {
        self.table.borrow().find_str(hash, name)
    }

    /// Sets a string key without the VM.
    pub fn set_str(&self, vm: &mut Vm, name: &str, value: Value) {
        let key = vm.new_str(name);
        let hash = crate::protocols::hash::hash_str(name);
        let existing = self.table.borrow().find_str(hash, name);
        match existing {
            Some(i) => {
                let old = std::mem::replace(&mut self.table.borrow_mut().entries[i].value, value);
                drop(old);
            }
            None => {
                self.table.borrow_mut().insert_new(hash, Value::Obj(key), value);
                self.keys_changed();
            }
        }
    }

    /// Removes a string key without the VM; returns the value if present.
    pub fn del_str(&self, name: &str) -> Option<Value> {
        let hash = crate::protocols::hash::hash_str(name);
        let i = self.table.borrow().find_str(hash, name)?;
        let (_, v) = self.table.borrow_mut().remove_at(i);
        self.keys_changed();
        Some(v)
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.keys_changed();
        drop(old);
    }

    /// Removes and returns the last (key, value) pair.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let i = self.table.borrow().last_index()?;
        let pair = self.table.borrow_mut().remove_at(i);
        self.keys_changed();
        Some(pair)
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.borrow().values()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.borrow().items()
    }

    /// A copy with the same entries.
    pub fn copy(&self) -> DictObj {
        let table = self.table.borrow();
        let mut new = DictTable::default();
        for e in table.entries.iter().filter(|e| !e.key.is_null()) {
            new.insert_new(e.hash, e.key.clone(), e.value.clone());
        }
        DictObj { table: RefCell::new(new), version: Cell::new(0) }
    }

    /// The entry at `index` if live: (key, value). For iterators.
    pub fn entry_at(&self, index: usize) -> Option<(Value, Value)> {
        let table = self.table.borrow();
        let e = table.entries.get(index)?;
        if e.key.is_null() {
            return None;
        }
        Some((e.key.clone(), e.value.clone()))
    }

    /// Number of entry slots (live or deleted), for iterators.
    pub fn slot_count(&self) -> usize {
        self.table.borrow().entries.len()
    }
}
