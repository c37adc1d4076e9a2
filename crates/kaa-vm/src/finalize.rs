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
    /// Instances whose `__del__` already ran at exit while they were still referenced
    /// (by address of their `InstanceObj`): releasing them later must not run it again.
    static FINALIZED_AT_EXIT: RefCell<std::collections::HashSet<usize>> = RefCell::new(std::collections::HashSet::new());
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
        let address = self as *const InstanceObj as usize;
        if FINALIZED_AT_EXIT.try_with(|f| f.borrow_mut().remove(&address)).unwrap_or(false) {
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

impl Vm {
    /// At exit, before `__main__`'s globals are cleared: runs the `__del__` of the
    /// instances the program left, while the globals are all still in place — as
    /// CPython's final garbage collection does when the classes' methods tie the module
    /// dict into a cycle. The order is what CPython's collector produces for such
    /// programs: the instances bound to globals in the globals' order, then those held
    /// inside containers and other instances, last found first.
    pub(crate) fn finalize_left_objects(&mut self, globals: &ObjRef) {
        let Some(dict) = globals.as_dict() else { return };
        let needs_del = |o: &ObjRef| match &**o {
            Object::Instance(i) => {
                i.class.borrow().as_type().is_some_and(|t| t.may_have_finalizer())
                    && !i.slots.as_ref().is_some_and(|s| s.finalized.get())
            }
            _ => false,
        };
        let top: Vec<Value> = dict.values();
        let mut order: Vec<ObjRef> = Vec::new();
        let mut seen: std::collections::HashSet<*const Object> = std::collections::HashSet::new();
        for v in &top {
            if let Value::Obj(o) = v {
                if needs_del(o) && seen.insert(std::rc::Rc::as_ptr(o)) {
                    order.push(o.clone());
                }
            }
        }
        // Depth-first through containers and instance attributes.
        let mut nested: Vec<ObjRef> = Vec::new();
        let mut visited: std::collections::HashSet<*const Object> = std::collections::HashSet::new();
        let mut stack: Vec<Value> = top.into_iter().rev().collect();
        while let Some(v) = stack.pop() {
            let Value::Obj(o) = v else { continue };
            if !visited.insert(std::rc::Rc::as_ptr(&o)) {
                continue;
            }
            let mut children: Vec<Value> = match &*o {
                Object::List(items) => items.borrow().clone(),
                Object::Tuple(items) => items.to_vec(),
                Object::Dict(d) => d.items().into_iter().flat_map(|(k, v)| [k, v]).collect(),
                Object::Set(s) | Object::FrozenSet(s) => s.keys(),
                Object::Instance(i) => {
                    if needs_del(&o) && seen.insert(std::rc::Rc::as_ptr(&o)) {
                        nested.push(o.clone());
                    }
                    let mut c: Vec<Value> =
                        i.dict.borrow().as_ref().and_then(|d| d.as_dict().map(|d| d.values())).unwrap_or_default();
                    if let Some(s) = &i.slots {
                        c.extend(s.values.borrow().iter().cloned());
                    }
                    c
                }
                _ => Vec::new(),
            };
            children.reverse();
            stack.extend(children);
        }
        order.extend(nested.into_iter().rev());
        for obj in order {
            let Object::Instance(i) = &*obj else { continue };
            let address = i as *const InstanceObj as usize;
            // (An instance bound to two names is finalized once.)
            if !FINALIZED_AT_EXIT.with(|f| f.borrow_mut().insert(address)) {
                continue;
            }
            if let Some(s) = &i.slots {
                s.finalized.set(true);
            }
            let v = Value::Obj(obj.clone());
            let del = self.type_of(&v).as_type().expect("type").lookup("__del__");
            if let Some(del) = del {
                if let Err(e) = self.call_slot(&del, &v, &[]) {
                    self.write_unraisable(&e, &del);
                }
            }
            self.run_finalizers();
        }
    }
}
