//! `traceback`: one entry of an exception's traceback — a frame and the instruction that
//! was running in it; `tb_next` points towards where the exception was raised.

use std::cell::RefCell;

use crate::value::ObjRef;

pub struct TracebackObj {
    pub next: RefCell<Option<ObjRef>>,
    pub frame: ObjRef,
    /// `tb_lasti`: the byte offset in `co_code` of the instruction that was executing
    /// (any int for one built with `types.TracebackType`).
    pub lasti: i32,
    pub lineno: i32,
}

impl TracebackObj {
    /// The index of the instruction `lasti` points at, if it is a valid offset.
    pub fn instruction(&self) -> Option<usize> {
        (self.lasti >= 0).then_some(self.lasti as usize / crate::objects::code::INSTRUCTION_BYTES)
    }
}
