//! `module`: a namespace dict with a name.

use crate::value::ObjRef;

/// A module object; its attributes live in `dict` (`__name__`, `__doc__`, ...).
pub struct ModuleObj {
    pub dict: ObjRef,
}
