//! `__del__`: finalizers of instances whose last reference went away.
//!
//! A finalizer cannot run inside Rust's `Drop`: the drop may happen anywhere (in the
//! middle of a dict update, while the eval loop's registers are not saved), and `Drop`
//! has no `&mut Vm`. So the instance's `Drop` moves its state (class, dict, slots) into
//! a new object and queues it here; the eval loop runs the queue at its next safe point
//! (after an out-of-line instruction, and after the inline ones that drop values:
//! `POP_TOP`, `STORE_FAST`, `RETURN_VALUE`), which is as soon as CPython would for the
//! common cases (`del x`, rebinding, a function returning, an expression statement).
//!
//! Each object is finalized once (PEP 442): the address of a queued object is recorded
//! in `FINALIZED` before its `__del__` runs, and its second `Drop` (when the resurrected
//! object is released for good) only removes that record. An exception escaping
//! `__del__` is reported as CPython's "Exception ignored in: ..." and otherwise ignored.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;

use crate::object::Object;
use crate::objects::instance::InstanceObj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

thread_local! {
    /// Instances waiting for their `__del__`, in the order they were released.
    static PENDING: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    /// Whether `PENDING` may be non-empty (read by the eval loop; cheaper than the
    /// vector's borrow).
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
    /// Addresses of the `InstanceObj`s whose finalizer has been started.
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

/// Whether finalizers are waiting to run.
#[inline(always)]
pub fn pending() -> bool {
    HAS_PENDING.with(|p| p.get())
}

impl Drop for InstanceObj {
    fn drop(&mut self) {
        let addr = self as *const InstanceObj as usize;
        let class = self.class.get_mut();
        if !class.as_type().is_some_and(|t| t.may_have_finalizer()) {
            return;
        }
        // A second release of an object already finalized: nothing more to do. (The
        // thread-local may be gone while the interpreter thread exits.)
        let done = FINALIZED.try_with(|f| f.try_borrow_mut().map(|mut f| f.remove(&addr)).unwrap_or(true));
        if done.unwrap_or(true) {
            return;
        }
        let revived = Object::Instance(InstanceObj {
            class: RefCell::new(class.clone()),
            dict: RefCell::new(self.dict.get_mut().take()),
            slots: self.slots.take(),
        });
        let mut revived = Some(std::rc::Rc::new(revived));
        let queued = PENDING
            .try_with(|p| match p.try_borrow_mut() {
                Ok(mut p) => {
                    p.extend(revived.take());
                    true
                }
                Err(_) => false,
            })
            .unwrap_or(false);
        if queued {
            let _ = HAS_PENDING.try_with(|h| h.set(true));
        } else if let Some(obj) = revived {
            // No queue (the interpreter thread is exiting): released unfinalized.
            mark_finalized_and_drop(obj);
        }
    }
}

fn mark_finalized_and_drop(obj: ObjRef) {
    if let Object::Instance(i) = &*obj {
        let addr = i as *const InstanceObj as usize;
        let _ = FINALIZED.try_with(|f| f.try_borrow_mut().map(|mut f| f.insert(addr)));
    }
    drop(obj);
}

impl Vm {
    /// Runs the `__del__` of every queued instance (and of those their release queues
    /// in turn).
    pub fn run_finalizers(&mut self) {
        while pending() {
            let batch = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
            HAS_PENDING.with(|h| h.set(false));
            for obj in batch {
                if let Object::Instance(i) = &*obj {
                    let addr = i as *const InstanceObj as usize;
                    FINALIZED.with(|f| f.borrow_mut().insert(addr));
                }
                let v = Value::Obj(obj);
                let ty = self.type_of(&v);
                let del = ty.as_type().expect("type").lookup("__del__");
                if let Some(del) = del {
                    if let Err(e) = self.call_slot(&del, &v, &[]) {
                        self.print_unraisable(&e.0, &del);
                    }
                }
                drop(v);
            }
        }
    }

    /// CPython's default `sys.unraisablehook`: "Exception ignored in: <obj>" and the
    /// exception's traceback (without its chain) on stderr.
    pub fn print_unraisable(&mut self, exc: &ObjRef, obj: &Value) {
        let what = self.repr_string(obj).unwrap_or_else(|_| "<object repr() failed>".to_string());
        let mut text = format!("Exception ignored in: {what}\n");
        text.push_str(&self.format_exception_unchained(exc));
        self.flush_std();
        let stderr = self.sys_attr("stderr").unwrap_or(Value::Obj(self.stderr.clone()));
        if self.write_to(&stderr, &text).is_err() {
            eprint!("{text}");
        }
        self.flush_std();
    }

    /// At exit: releases the values of `__main__`'s namespace in order (as CPython's
    /// finalization does), running the finalizers this triggers.
    pub fn finalize_main(&mut self, main: &ObjRef) {
        self.run_finalizers();
        let Some(d) = main.as_dict() else { return };
        for key in d.keys() {
            if self.as_str_ref(&key) == Some("__builtins__") {
                continue;
            }
            if let Some(name) = self.as_str_ref(&key).map(str::to_string) {
                d.set_str(self, &name, Value::None);
            }
            self.run_finalizers();
        }
    }
}
