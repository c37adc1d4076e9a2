//! Finalizers: `__del__` of instances whose last reference went away, and the closing
//! of generators released while suspended inside a `try` (their `finally` must run).
//!
//! A finalizer cannot run inside Rust's `Drop`: the drop may happen anywhere (in the
//! middle of a dict update, while the eval loop's registers are not saved), and `Drop`
//! has no `&mut Vm`. So the instance's `Drop` moves its state (class, dict, slots) into
//! a new object and queues it here; the eval loop runs the queue at its next safe point
//! (after an out-of-line instruction, and after the inline ones that drop values:
//! `POP_TOP`, `STORE_FAST`, `RETURN_VALUE`), which is as soon as CPython would for the
//! common cases (`del x`, rebinding, a function returning, an expression statement).
//!
//! Each object is finalized once (PEP 442): the revived object carries a mark (in its
//! slot storage) set before its `__del__` runs, and its `Drop` when it is released for
//! good does nothing more. An exception escaping `__del__` is reported as CPython's
//! "Exception ignored in: ..." and otherwise ignored.

use std::cell::{Cell, RefCell};

use crate::object::Object;
use crate::objects::instance::{InstanceObj, SlotValues};
use crate::objects::native::NativeObj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

thread_local! {
    /// Instances waiting for their `__del__`, in the order they were released.
    static PENDING: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    /// Whether `PENDING` may be non-empty (read by the eval loop; cheaper than the
    /// vector's borrow).
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Queues `obj` (a revived instance or a rescued generator) for finalization; false
/// when the interpreter thread is exiting and nothing can run any more.
pub(crate) fn enqueue(obj: ObjRef) -> bool {
    let mut obj = Some(obj);
    let queued = PENDING
        .try_with(|p| match p.try_borrow_mut() {
            Ok(mut p) => {
                p.extend(obj.take());
                true
            }
            Err(_) => false,
        })
        .unwrap_or(false);
    if queued {
        let _ = HAS_PENDING.try_with(|h| h.set(true));
    }
    queued
}

/// Whether finalizers are waiting to run.
#[inline(always)]
pub fn pending() -> bool {
    HAS_PENDING.with(|p| p.get())
}

impl Drop for InstanceObj {
    fn drop(&mut self) {
        // Released for good after its finalizer ran: nothing more to do.
        if self.slots.as_ref().is_some_and(|s| s.finalized.get()) {
            return;
        }
        let class = self.class.get_mut();
        if !class.as_type().is_some_and(|t| t.may_have_finalizer()) {
            return;
        }
        let slots = self.slots.take().unwrap_or_else(|| SlotValues::with_len(0));
        let revived = Object::Instance(InstanceObj {
            class: RefCell::new(class.clone()),
            dict: RefCell::new(self.dict.get_mut().take()),
            slots: Some(slots),
        });
        let revived = std::rc::Rc::new(revived);
        if !enqueue(revived.clone()) {
            // No queue (the interpreter thread is exiting): released unfinalized.
            mark_finalized(&revived);
        }
    }
}

/// An object of a class deriving from a native module's type is finalized the same
/// way: its state, payload included, moves into the revived object.
impl Drop for NativeObj {
    fn drop(&mut self) {
        if self.finalized.get() {
            return;
        }
        // Only classes can define `__del__`; the native types themselves do not.
        if !self.class.as_type().is_some_and(|t| t.is_heap && t.may_have_finalizer()) {
            return;
        }
        let revived = std::rc::Rc::new(Object::Native(Box::new(NativeObj {
            class: self.class.clone(),
            dict: RefCell::new(self.dict.get_mut().take()),
            slots: RefCell::new(std::mem::take(self.slots.get_mut())),
            payload: std::mem::replace(&mut self.payload, Box::new(())),
            finalized: Cell::new(false),
        })));
        if !enqueue(revived.clone()) {
            mark_finalized(&revived);
        }
    }
}

/// Marks a revived instance as finalized, so that releasing it does not queue it again.
fn mark_finalized(obj: &ObjRef) {
    match &**obj {
        Object::Instance(InstanceObj { slots: Some(s), .. }) => s.finalized.set(true),
        Object::Native(n) => n.finalized.set(true),
        _ => {}
    }
}

impl Vm {
    /// Runs the `__del__` of every queued instance (and of those their release queues
    /// in turn).
    pub fn run_finalizers(&mut self) {
        while pending() {
            let batch = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
            HAS_PENDING.with(|h| h.set(false));
            for obj in batch {
                if obj.as_generator().is_some() {
                    if let Err(e) = self.gen_close(&obj) {
                        self.write_unraisable(&e, &Value::Obj(obj.clone()));
                    }
                    continue;
                }
                mark_finalized(&obj);
                let v = Value::Obj(obj);
                let ty = self.type_of(&v);
                let del = ty.as_type().expect("type").lookup("__del__");
                if let Some(del) = del {
                    if let Err(e) = self.call_slot(&del, &v, &[]) {
                        self.write_unraisable(&e, &del);
                    }
                }
                drop(v);
            }
        }
    }
}
