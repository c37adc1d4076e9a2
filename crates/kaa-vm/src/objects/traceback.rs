//! `traceback`: one entry of an exception's traceback — a frame and the instruction that
//! was running in it; `tb_next` points towards where the exception was raised.

use std::cell::RefCell;

use crate::value::ObjRef;

pub struct TracebackObj {
    pub next: RefCell<Option<ObjRef>>,
    pub frame: ObjRef,
    /// Index of the instruction that was executing (in instruction words).
    pub lasti: u32,
    pub lineno: u32,
}
