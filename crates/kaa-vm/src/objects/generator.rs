//! `generator`: a function activation that can suspend itself (`yield`) and be resumed.
//!
//! As in CPython 3.11, a generator owns its frame. Calling a generator function binds
//! the arguments into a block of value slots that belongs to the generator object (not
//! the VM's value stack) and wraps it in a frame record without running anything. Each
//! resumption pushes that record onto the VM's frame stack and runs it; `YIELD_VALUE`
//! pops it off again and hands it back to the generator, slots untouched. Because the
//! block is a boxed slice that is never resized, the record's raw pointers into it stay
//! valid however the generator object itself is moved between owners.
//!
//! A generator dropped while suspended inside a `try` or `with` must still run its
//! cleanup (CPython closes it from its finalizer). `Drop` cannot run Python code, so it
//! moves the suspended activation into a fresh generator object on the finalizer queue
//! that the VM drains at its next safe point (see `finalize.rs`).

use std::cell::{Cell, RefCell};
use std::mem::MaybeUninit;
use std::rc::Rc;

use crate::eval::frame::Frame;
use crate::object::Object;
use crate::value::ObjRef;

/// Where a generator is in its life.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made by the call; no instruction has run yet.
    Created,
    /// Stopped at a `yield`.
    Suspended,
    /// Its frame is on the VM's frame stack (at `GeneratorObj::depth`).
    Running,
    /// Returned or raised; the frame is gone.
    Finished,
}

pub struct GeneratorObj {
    /// The activation record while created or suspended; `None` while running (the
    /// record is then on the VM's frame stack) and once finished.
    pub frame: RefCell<Option<Frame>>,
    /// Storage for the frame's localsplus and operand stack; the record's `base` points
    /// at its start. Never resized, so the pointer stays valid.
    pub block: Box<[MaybeUninit<crate::value::Value>]>,
    pub code: ObjRef,
    pub name: RefCell<ObjRef>,
    pub qualname: RefCell<ObjRef>,
    pub state: Cell<GenState>,
    /// Index of the frame in the VM's frame stack while running.
    pub depth: Cell<usize>,
    /// The exception being handled inside the generator while it is suspended
    /// (CPython's `gi_exc_state`): swapped in when it resumes, out when it yields.
    pub exc_state: RefCell<Option<ObjRef>>,
    /// Its finalizer has run (a generator is closed on drop at most once).
    pub finalized: Cell<bool>,
}

impl GeneratorObj {
    /// A suspended generator's frame stopped inside a `try` (or `with`) block, so
    /// closing it runs code.
    fn needs_close(&self, frame: &Frame) -> bool {
        self.state.get() == GenState::Suspended
            && !self.finalized.get()
            && frame.code().unit.handler_for(frame.lasti).is_some()
    }
}

impl Drop for GeneratorObj {
    fn drop(&mut self) {
        let Some(mut frame) = self.frame.get_mut().take() else { return };
        if self.needs_close(&frame) {
            // Hand the activation to a new generator object for the VM to close.
            let rescued = GeneratorObj {
                frame: RefCell::new(None),
                block: std::mem::take(&mut self.block),
                code: self.code.clone(),
                name: RefCell::new(self.name.borrow().clone()),
                qualname: RefCell::new(self.qualname.borrow().clone()),
                state: Cell::new(GenState::Suspended),
                depth: Cell::new(0),
                exc_state: RefCell::new(self.exc_state.get_mut().take()),
                finalized: Cell::new(true),
            };
            let frame_obj = frame.frame_obj.clone();
            *rescued.frame.borrow_mut() = Some(frame);
            let obj = Rc::new(Object::Generator(Box::new(rescued)));
            if let Some(fo) = frame_obj {
                if let Object::Frame(f) = &*fo {
                    *f.state.borrow_mut() = crate::objects::frame::FrameState::Suspended(Rc::downgrade(&obj));
                }
            }
            // If the thread is exiting nothing can run: dropping the rescued generator
            // (marked finalized) just clears it.
            crate::finalize::enqueue(obj);
            return;
        }
        crate::eval::calls::retire_detached_frame(&mut frame);
        frame.clear();
    }
}
