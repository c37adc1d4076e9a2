//! `function`: a code object bound to globals, defaults and closure cells. Creating one
//! is what executing `def` or `lambda` does (`MAKE_FUNCTION`).

use std::cell::RefCell;

use crate::value::{ObjRef, Value};

/// A Python function object.
pub struct FunctionObj {
    /// `__code__` (replaceable by a code object with the same number of free variables).
    pub code: RefCell<ObjRef>,
    /// `__globals__` (read-only).
    pub globals: ObjRef,
    /// `__builtins__`: the builtins namespace the function's frames use.
    pub builtins: ObjRef,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    /// `__defaults__`: a tuple, or None.
    pub defaults: RefCell<Option<ObjRef>>,
    /// `__kwdefaults__`: a dict, or None.
    pub kwdefaults: RefCell<Option<ObjRef>>,
    /// `__closure__`: a tuple of cells, one per free variable of the code (read-only).
    pub closure: Option<ObjRef>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// `__dict__`, created on first use.
    pub dict: RefCell<Option<ObjRef>>,
    /// `__annotations__`, created on first use.
    pub annotations: RefCell<Option<ObjRef>>,
}
