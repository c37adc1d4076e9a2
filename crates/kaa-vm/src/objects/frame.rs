//! `frame`: the Python-visible view of an activation record, made only when asked for
//! (`sys._getframe()`, a traceback, `f_back`).
//!
//! While its activation runs, a frame object just knows which entry of the VM's frame
//! stack it is (or, for a suspended generator, which generator holds it); when the
//! activation ends, the VM moves what the object can still show (locals, line, code,
//! globals, caller) into it.

use std::cell::RefCell;

use crate::value::{ObjRef, Value};

pub struct FrameObj {
    pub state: RefCell<FrameState>,
    /// The dict `f_locals` returns (kept so repeated reads give the same object).
    pub locals_dict: RefCell<Option<ObjRef>>,
}

pub enum FrameState {
    /// Running: the index of its record in the VM's frame stack.
    Live(usize),
    /// The frame of a generator that is not running (created or suspended at a
    /// `yield`): its record is held by the generator. Weak, because the generator's
    /// record holds this frame object.
    Suspended(std::rc::Weak<crate::object::Object>),
    /// Finished: what remains visible.
    Dead(DeadFrame),
}

pub struct DeadFrame {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The localsplus slots at exit (cells included).
    pub localsplus: Vec<Value>,
    /// For frames with a locals mapping (module, class body, exec).
    pub locals: Option<Value>,
    pub lasti: u32,
    pub back: Option<ObjRef>,
}

/// Runs `f` on the record of a suspended generator's frame, if the generator still
/// holds it.
pub fn with_suspended_record<R>(
    gen: &std::rc::Weak<crate::object::Object>,
    f: impl FnOnce(&crate::eval::frame::Frame) -> R,
) -> Option<R> {
    let gen = gen.upgrade()?;
    let g = gen.as_generator()?;
    let frame = g.frame.borrow();
    frame.as_ref().map(f)
}
