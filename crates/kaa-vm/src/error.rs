//! Errors: every failure a Python program can cause is a Python exception object.
//!
//! `PyResult<T>` is the return type of anything that can raise. The exception object
//! carries its traceback (`__traceback__`), which the eval loop extends as the exception
//! passes through frames.

use crate::value::ObjRef;

/// A raised Python exception (an `Object::Exception`).
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

/// The result of an operation that may raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// The exception object.
    pub fn exc(&self) -> &ObjRef {
        &self.0
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.as_exception() {
            Some(e) => {
                let class = e.class.borrow();
                let name = class.as_type().map(|t| t.name().to_string()).unwrap_or_default();
                write!(f, "PyErr({name})")
            }
            None => write!(f, "PyErr(?)"),
        }
    }
}
