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
    /// Instances are `Object::Type`: `type` and metaclasses deriving from it.
    Type,
    /// Instances are `Object::Native`: types a native module defines, and classes
    /// deriving from them.
    Native,
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
    /// The class's metaclass when it is not `type` (a class statement deriving from
    /// type); `type(cls)` is this.
    pub metaclass: Option<ObjRef>,
    /// Builtin constructor (`int(...)`), when the type has one.
    pub constructor: Cell<Option<Constructor>>,
    /// Defined by a `class` statement (attributes writable, `__module__` in the dict).
    pub is_heap: bool,
    /// Whether the type may be subclassed.
    pub is_base_type: bool,
    /// Changes whenever an attribute of the type or a base changes (for caches).
    pub version: Cell<u64>,
    /// Which attribute hooks (`__getattribute__`, `__getattr__`, `__setattr__`,
    /// `__delattr__`) a class defines in Python, with the type epoch it was computed
    /// at: every attribute access asks, and walking the MRO each time is slow.
    pub hooks: Cell<(u64, u8)>,
    /// The `__slots__` members of instances, inherited ones first (each member
    /// descriptor knows its index here).
    pub slot_names: Vec<Rc<str>>,
    /// How many of `slot_names` this class adds itself (a class adding slots is a
    /// "solid base": it cannot be combined with another one).
    pub own_slots: usize,
    /// Instances have a `__dict__`.
    pub instance_dict: bool,
    /// Classes created with this one as a direct base (`__subclasses__()`), held weakly
    /// as CPython does.
    pub subclasses: RefCell<Vec<std::rc::Weak<crate::object::Object>>>,
    /// The docstring of a builtin type (`__doc__` in its dict may be a descriptor for
    /// its instances' docs, as with `property`).
    pub doc: Cell<Option<&'static str>>,
    /// For a type a native module defines: how its objects are called (CPython's
    /// vectorcall). Classes deriving from it go through `__call__` instead.
    pub native_call: Cell<Option<crate::objects::native::NativeCall>>,
}

thread_local! {
    /// Bumped whenever any class attribute is set or deleted; caches of what a type's
    /// MRO contains are valid while it is unchanged.
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// The current type epoch.
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

/// Invalidates every type's caches (a class attribute changed).
pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

/// Bits of [`TypeObj::hooks`].
pub mod hook {
    pub const GETATTRIBUTE: u8 = 1;
    pub const GETATTR: u8 = 2;
    pub const SETATTR: u8 = 4;
    pub const DELATTR: u8 = 8;
    /// `__del__` (a finalizer).
    pub const DEL: u8 = 16;
    /// `__init__` other than `object.__init__`.
    pub const INIT: u8 = 32;
    /// `__new__` other than a builtin type's.
    pub const NEW: u8 = 64;
}

impl TypeObj {
    /// Whether CPython 3.11 calls this type through a vectorcall function, which does
    /// not count against the recursion limit; other types (classes defined in Python,
    /// `int`, `str`, ...) go through `tp_call`, which does.
    pub fn has_vectorcall(&self) -> bool {
        !self.is_heap
            && matches!(
                &**self.name.borrow(),
                "float"
                    | "bool"
                    | "list"
                    | "tuple"
                    | "set"
                    | "frozenset"
                    | "dict"
                    | "range"
                    | "enumerate"
                    | "reversed"
                    | "map"
                    | "filter"
                    | "zip"
                    | "type"
            )
    }

    /// The attribute hooks the class defines in Python (see [`hook`]); builtin types'
    /// own slots don't count.
    pub fn attribute_hooks(&self) -> u8 {
        let epoch = type_epoch();
        let (at, flags) = self.hooks.get();
        if at == epoch {
            return flags;
        }
        let mut flags = 0;
        for (name, bit) in [
            ("__getattribute__", hook::GETATTRIBUTE),
            ("__getattr__", hook::GETATTR),
            ("__setattr__", hook::SETATTR),
            ("__delattr__", hook::DELATTR),
            ("__del__", hook::DEL),
        ] {
            if let Some(v) = self.lookup(name) {
                // The builtin slot itself (object's); another builtin method stored
                // under the name (`__getattr__ = dict.__getitem__`) is a hook.
                let builtin = matches!(&v, Value::Obj(o) if matches!(&**o, crate::object::Object::MethodDescriptor(m) if m.name == name));
                if !builtin {
                    flags |= bit;
                }
            }
        }
        // Instance creation: whether `__init__` is other than object's and `__new__`
        // other than a builtin type's.
        if let Some(init) = self.lookup("__init__") {
            let object_init = matches!(&init, Value::Obj(o) if matches!(&**o,
                crate::object::Object::MethodDescriptor(m) if m.owner.as_type().is_some_and(|t| !t.is_heap && &*t.name() == "object")));
            if !object_init {
                flags |= hook::INIT;
            }
        }
        if self.lookup("__new__").is_some_and(|new| !crate::types::is_builtin_new(&new)) {
            flags |= hook::NEW;
        }
        self.hooks.set((epoch, flags));
        flags
    }

    /// Whether instances may need their `__del__` run. Called while an instance is
    /// being dropped, so it must not panic on a busy borrow: when the cached answer is
    /// stale it looks without borrowing mutably, and says "maybe" if it cannot look.
    pub fn may_have_finalizer(&self) -> bool {
        let (at, flags) = self.hooks.get();
        match TYPE_EPOCH.try_with(|e| e.get()) {
            Ok(epoch) if epoch == at => return flags & hook::DEL != 0,
            Ok(_) => {}
            // The thread is exiting: finalizers no longer run.
            Err(_) => return false,
        }
        let Ok(mro) = self.mro.try_borrow() else { return true };
        for ty in mro.iter() {
            let Some(t) = ty.as_type() else { return true };
            let Some(d) = t.dict.as_dict() else { return true };
            let Ok(table) = d.table.try_borrow() else { return true };
            if table.has_str_key_scan("__del__") {
                return true;
            }
        }
        false
    }

    /// `lookup` for a name given as a str object, using its cached hash.
    pub fn lookup_name(&self, name: &crate::objects::str::PyStr) -> Option<Value> {
        let hash = name.hash();
        for ty in self.mro.borrow().iter() {
            let t = ty.as_type().expect("mro holds types");
            let table = t.dict.as_dict().expect("type dict").table.borrow();
            if let Some(i) = table.find_str(hash, name.as_str()) {
                return table.value_at(i).cloned();
            }
        }
        None
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// The name CPython's messages use (`tp_name`): a builtin type of a module other
    /// than builtins is qualified by it (`'functools.partial' object ...`).
    pub fn tp_name(&self) -> Rc<str> {
        if self.is_heap || self.module == "builtins" {
            return self.name();
        }
        Rc::from(format!("{}.{}", self.module, self.name.borrow()))
    }

    pub fn qualname(&self) -> Rc<str> {
        self.qualname.borrow().clone()
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

/// One slot of [`TypeCache`].
#[derive(Default)]
struct TypeCacheEntry {
    /// The type and the name (kept alive so their addresses can't be reused while the
    /// slot refers to them).
    key: Option<(ObjRef, ObjRef)>,
    epoch: u64,
    value: Option<Value>,
}

/// A direct-mapped cache of MRO lookups, keyed by (type, interned name) and valid for
/// one type epoch (CPython's method cache, keyed the same way). Attribute access on an
/// instance asks its class for the name on every access; without the cache that is a
/// hash probe per class in the MRO.
pub struct TypeCache {
    entries: Box<[TypeCacheEntry]>,
}

const TYPE_CACHE_SIZE: usize = 4096;

impl Default for TypeCache {
    fn default() -> Self {
        TypeCache { entries: (0..TYPE_CACHE_SIZE).map(|_| TypeCacheEntry::default()).collect() }
    }
}

impl TypeCache {
    /// `ty`'s MRO lookup of `name` (a str object).
    pub fn lookup(&mut self, ty: &ObjRef, name: &ObjRef) -> Option<Value> {
        let (tp, np) = (Rc::as_ptr(ty) as usize, Rc::as_ptr(name) as usize);
        let index = ((tp >> 4) ^ (np >> 4).wrapping_mul(31)) & (TYPE_CACHE_SIZE - 1);
        let epoch = type_epoch();
        let entry = &mut self.entries[index];
        if entry.epoch == epoch {
            if let Some((t, n)) = &entry.key {
                if Rc::as_ptr(t) as usize == tp && Rc::as_ptr(n) as usize == np {
                    return entry.value.clone();
                }
            }
        }
        let t = ty.as_type().expect("a type");
        let value = match name.as_str() {
            Some(s) => t.lookup_name(s),
            None => None,
        };
        *entry = TypeCacheEntry { key: Some((ty.clone(), name.clone())), epoch, value: value.clone() };
        value
    }
}
