//! Exception instances: `BaseException` and every subclass (builtin or user-defined).

use std::cell::{Cell, RefCell};

use crate::value::{ObjRef, Value};

/// An exception object.
pub struct ExceptionObj {
    pub class: RefCell<ObjRef>,
    /// `args`: a tuple.
    pub args: RefCell<ObjRef>,
    pub traceback: RefCell<Option<ObjRef>>,
    pub context: RefCell<Option<ObjRef>>,
    pub cause: RefCell<Option<ObjRef>>,
    pub suppress_context: Cell<bool>,
    /// `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<ObjRef>>,
    /// Attributes builtin subclasses define as members (`StopIteration.value`,
    /// `SystemExit.code`, `NameError.name`, `SyntaxError.lineno`, ...).
    pub fields: RefCell<Vec<(&'static str, Value)>>,
    /// The values of `__slots__` members of its class (`Null` while unset).
    pub slots: RefCell<Vec<Value>>,
}

impl ExceptionObj {
    pub fn field(&self, name: &str) -> Option<Value> {
        self.fields.borrow().iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone())
    }

    pub fn set_field(&self, name: &'static str, value: Value) {
        let mut fields = self.fields.borrow_mut();
        match fields.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => fields.push((name, value)),
        }
    }
}
