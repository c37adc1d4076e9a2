//! The `super` payload: the class to look past and the object (or class) to bind to.

use crate::value::{ObjRef, Value};

pub struct SuperObj {
    /// `__thisclass__`: lookups start after this class in the MRO.
    pub thisclass: ObjRef,
    /// `__self__`: the instance or class methods are bound to (None for an unbound
    /// `super(type)`).
    pub obj: Value,
    /// `__self_class__`: the type whose MRO is walked (`type(obj)`, or `obj` itself when
    /// it is a class).
    pub obj_type: Option<ObjRef>,
}
