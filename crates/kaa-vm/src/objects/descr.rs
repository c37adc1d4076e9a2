//! The descriptor builtins written in Python terms: `property`, `staticmethod` and
//! `classmethod` objects. Their behaviour is in `types::descr`.

use std::cell::RefCell;

use crate::value::{ObjRef, Value};

/// `property(fget, fset, fdel, doc)`.
pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    /// `__doc__` (writable, as CPython's member is).
    pub doc: RefCell<Value>,
    /// The attribute name given by `__set_name__` (None until then); error messages
    /// name the property with it.
    pub name: RefCell<Value>,
    /// The doc came from the getter, so a copy made by `.setter()` etc. takes it from
    /// its own getter again.
    pub getter_doc: bool,
}

/// `staticmethod(f)` or `classmethod(f)`: the wrapped callable, and the `__dict__` into
/// which construction copies the callable's `__name__`, `__doc__`, ... (as
/// `functools.wraps` does).
pub struct FuncWrapperObj {
    pub func: RefCell<Value>,
    pub dict: RefCell<Option<ObjRef>>,
}

impl FuncWrapperObj {
    pub fn new(func: Value) -> FuncWrapperObj {
        FuncWrapperObj { func: RefCell::new(func), dict: RefCell::new(None) }
    }

    /// The wrapped callable.
    pub fn callable(&self) -> Value {
        self.func.borrow().clone()
    }
}

/// A member of a class's `__slots__` (`member_descriptor`): reads and writes one
/// entry of its instances' slot storage.
pub struct SlotMember {
    /// The attribute name (mangled if private).
    pub name: ObjRef,
    /// The class whose `__slots__` declared it.
    pub owner: ObjRef,
    /// Index into the instances' slot values.
    pub index: usize,
}
