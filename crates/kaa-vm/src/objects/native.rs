//! Objects of types that native modules define (`functools.partial`,
//! `functools._lru_cache_wrapper`, ...): the VM knows their class, attribute dict and
//! `__slots__` values, and the module that made them owns the payload.
//!
//! The `Object` enum is closed, so a module outside this crate cannot add a variant for
//! its own type; instead its objects are `Object::Native` carrying a `dyn Any` payload
//! that the module downcasts. Like exceptions, they carry their class, so an instance
//! of a class deriving from such a type (`class P(functools.partial)`) is the same kind
//! of object with the subclass as its class.

use std::any::Any;
use std::cell::{Cell, RefCell};

use crate::error::PyResult;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Calling an object of a native type directly, in place of its `__call__` slot, as
/// CPython's vectorcall does: `(vm, the object, arguments, keyword names)`. The
/// function counts recursion itself, the way CPython counts that call.
pub type NativeCall = fn(&mut Vm, &Value, &[Value], &[Value]) -> PyResult<Value>;

/// An object of a type defined by a native module.
pub struct NativeObj {
    /// The type, or a class deriving from it.
    pub class: ObjRef,
    /// `__dict__`, created on first use (only for types whose instances have one).
    pub dict: RefCell<Option<ObjRef>>,
    /// The values of the class's `__slots__` members (`Null` while unset).
    pub slots: RefCell<Vec<Value>>,
    /// What the defining module keeps; see [`NativeObj::data`].
    pub payload: Box<dyn Any>,
    /// Its class's `__del__` has run (see `finalize.rs`).
    pub finalized: Cell<bool>,
}

impl NativeObj {
    /// A new object of `class` holding `payload`.
    pub fn new_value(class: &ObjRef, payload: impl Any) -> Value {
        let nslots = class.as_type().map_or(0, |t| t.slot_names.len());
        Value::from_obj(crate::object::Object::Native(Box::new(NativeObj {
            class: class.clone(),
            dict: RefCell::new(None),
            slots: RefCell::new(vec![Value::Null; nslots]),
            payload: Box::new(payload),
            finalized: Cell::new(false),
        })))
    }

    /// The payload, if it is a `T`.
    #[inline]
    pub fn data<T: Any>(&self) -> Option<&T> {
        self.payload.downcast_ref::<T>()
    }
}
