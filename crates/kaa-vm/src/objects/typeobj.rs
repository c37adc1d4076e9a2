//! `type`: type objects, for builtin types and (with the object-model work) classes.
//!
//! A type has a name, bases, a method resolution order and a dict of attributes. Builtin
//! types fill their dict with method and getset descriptors at start-up; attribute lookup
//! on an instance walks the MRO's dicts (see `protocols::attr`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::objects::builtin_func::Constructor;
use crate::value::{ObjRef, Value};

/// What an instance of the type looks like in memory: which `Object` variant holds it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A builtin type with its own variant (int, list, function, ...).
    Builtin,
    /// Instances are `Object::Exception` (BaseException and its subclasses).
    Exception,
    /// Instances are `Object::Instance` (classes deriving from object).
    Instance,
}

/// A type object.
pub struct TypeObj {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// `__module__` of builtin types ("builtins" for most); heap types keep it in `dict`.
    pub module: &'static str,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    /// The attribute dict (an `Object::Dict`).
    pub dict: ObjRef,
    pub layout: Layout,
    /// Builtin constructor (`int(...)`), when the type has one.
    pub constructor: Cell<Option<Constructor>>,
    /// Defined by a `class` statement (attributes writable, `__module__` in the dict).
    pub is_heap: bool,
    /// Whether the type may be subclassed.
    pub is_base_type: bool,
    /// Changes whenever an attribute of the type or a base changes (for caches).
    pub version: Cell<u64>,
    pub doc: Option<&'static str>,
}

impl TypeObj {
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// Looks `name` up along the MRO (no descriptor handling).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        // Hash once for the whole MRO walk.
        let hash = crate::protocols::hash::hash_str(name);
        for ty in self.mro.borrow().iter() {
            let t = ty.as_type().expect("mro holds types");
            let table = t.dict.as_dict().expect("type dict").table.borrow();
            if let Some(i) = table.find_str(hash, name) {
                return table.value_at(i).cloned();
            }
        }
        None
    }

    /// Whether `other` is in this type's MRO (`issubclass(self, other)`).
    pub fn is_subtype_of(&self, other: &ObjRef) -> bool {
        self.mro.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }
}
