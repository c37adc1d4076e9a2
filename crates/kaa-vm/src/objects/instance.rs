//! Instances of classes defined with `class` (whose base is `object`).

use std::cell::RefCell;

use crate::value::ObjRef;

/// An instance of a user-defined class.
pub struct InstanceObj {
    pub class: RefCell<ObjRef>,
    /// `__dict__`, created on first attribute store.
    pub dict: RefCell<Option<ObjRef>>,
}
