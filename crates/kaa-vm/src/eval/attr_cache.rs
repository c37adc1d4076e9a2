//! Inline caches for attribute access on instances (the idea of CPython 3.11's
//! `LOAD_ATTR_INSTANCE_VALUE`, `STORE_ATTR_INSTANCE_VALUE` and
//! `LOAD_METHOD_WITH_VALUES` specialisations).
//!
//! The generic lookup (`protocols/attr.rs`) walks through the class's hooks, its
//! MRO (via the type cache) and the data-descriptor rules on every access. For an
//! instance of a given class, with class attributes unchanged, the outcome of the
//! class-side part is always the same, so each `LOAD_ATTR`, `STORE_ATTR` and
//! `LOAD_METHOD` instruction remembers it: the class (by address) and the type epoch it
//! was computed at (any class attribute change bumps the epoch, and so does creating a
//! class, so a recycled address cannot match a stale entry), plus where in the instance
//! dict the name was found last. While both match, the access is a check of the
//! instance dict at that position.
//!
//! The cache only covers what it can decide without running Python code: a class with
//! no `__getattribute__`/`__setattr__` of its own, and a name that the class either does
//! not define or defines as something other than a data descriptor. Anything else, and
//! any miss (the name not in the instance dict), takes the generic path, which also
//! (re)fills the entry.

use std::cell::Cell;
use std::rc::Rc;

use crate::object::Object;
use crate::objects::code::Code;
use crate::objects::typeobj::{hook, type_epoch};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// One instruction's cache entry.
#[derive(Copy, Clone, Default)]
pub struct AttrCache {
    /// Address of the class the entry was made for (0: empty).
    class: usize,
    /// The type epoch the entry was made at.
    epoch: u64,
    /// Entry index in the instance dict where the name was found last.
    hint: u32,
}

/// The class of a plain instance, if `obj` is one.
#[inline(always)]
fn instance_class(obj: &Value) -> Option<(usize, &crate::objects::instance::InstanceObj)> {
    match obj {
        Value::Obj(o) => match &**o {
            Object::Instance(i) => Some((Rc::as_ptr(&*i.class.borrow()) as usize, i)),
            _ => None,
        },
        _ => None,
    }
}

impl Code {
    #[inline(always)]
    fn attr_entry(&self, index: usize) -> Option<&Cell<AttrCache>> {
        self.attr_cache.get(index)
    }
}

impl Vm {
    /// `obj.name` through instruction `index`'s cache: the value when the cache applies
    /// and the instance dict has the name.
    #[inline]
    pub(crate) fn cached_load_attr(&self, code: &Code, index: usize, obj: &Value, name: &ObjRef) -> Option<Value> {
        let entry = code.attr_entry(index)?;
        let cache = entry.get();
        let (class, inst) = instance_class(obj)?;
        if cache.class != class || cache.epoch != type_epoch() {
            return None;
        }
        let dict = inst.dict.borrow();
        let d = dict.as_ref()?.as_dict()?;
        let table = d.table.borrow();
        if let Some(e) = table.entries().get(cache.hint as usize) {
            if matches!(&e.key, Value::Obj(k) if Rc::ptr_eq(k, name)) {
                return Some(e.value.clone());
            }
        }
        let s = name.as_str()?;
        let i = table.find_str(s.hash(), s.as_str())?;
        entry.set(AttrCache { hint: i as u32, ..cache });
        table.value_at(i).cloned()
    }

    /// After a generic `obj.name` (load) or `obj.name = v` (store): records in
    /// instruction `index`'s cache that accesses to this class's instances may go
    /// straight to the instance dict, when that is so.
    pub(crate) fn fill_attr_cache(&mut self, code: &Code, index: usize, obj: &Value, name: &ObjRef, store: bool) {
        let Some(entry) = code.attr_entry(index) else { return };
        let Some((class, inst)) = instance_class(obj) else { return };
        let ty = inst.class.borrow().clone();
        let t = ty.as_type().expect("type");
        let hooks = t.attribute_hooks();
        let blocking = if store { hook::SETATTR } else { hook::GETATTRIBUTE };
        if hooks & blocking != 0 || (store && !t.instance_dict) {
            return;
        }
        if let Some(d) = self.type_cache.lookup(&ty, name) {
            if self.is_data_descriptor(&d) {
                return;
            }
        }
        let hint = inst
            .dict
            .borrow()
            .as_ref()
            .and_then(|d| name.as_str().and_then(|s| d.as_dict()?.index_of_str(s.as_str(), s.hash())))
            .unwrap_or(0);
        entry.set(AttrCache { class, epoch: type_epoch(), hint: hint as u32 });
    }

    /// `obj.name = value` through instruction `index`'s cache: done (true) when the
    /// cache applies and the instance dict already has the name; false, with `value`
    /// handed back, otherwise.
    #[inline]
    pub(crate) fn cached_store_attr(
        &self,
        code: &Code,
        index: usize,
        obj: &Value,
        name: &ObjRef,
        value: Value,
    ) -> Result<(), Value> {
        let Some(entry) = code.attr_entry(index) else { return Err(value) };
        let cache = entry.get();
        let Some((class, inst)) = instance_class(obj) else { return Err(value) };
        if cache.class != class || cache.epoch != type_epoch() {
            return Err(value);
        }
        let dict = inst.dict.borrow();
        let Some(d) = dict.as_ref().and_then(|d| d.as_dict()) else { return Err(value) };
        let mut index = None;
        {
            let table = d.table.borrow();
            if let Some(e) = table.entries().get(cache.hint as usize) {
                if matches!(&e.key, Value::Obj(k) if Rc::ptr_eq(k, name)) {
                    index = Some(cache.hint as usize);
                }
            }
            if index.is_none() {
                if let Some(s) = name.as_str() {
                    index = table.find_str(s.hash(), s.as_str());
                }
            }
        }
        let Some(i) = index else { return Err(value) };
        entry.set(AttrCache { hint: i as u32, ..cache });
        // Replacing a value changes no keys (the dict's version stays); the old value
        // is dropped after the table is released, as its finalizer may look at it.
        let old = std::mem::replace(&mut d.table.borrow_mut().entries_mut()[i].value, value);
        drop(dict);
        drop(old);
        Ok(())
    }
}
