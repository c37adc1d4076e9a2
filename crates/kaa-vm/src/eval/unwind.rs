//! Raising: `raise` statements, traceback entries, implicit exception chaining
//! (`__context__`), `except` matching, and the errors for unbound variables.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::object::Object;
use crate::objects::code::Code;
use crate::objects::traceback::TracebackObj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Called when an exception is raised in (or passes through) the running frame:
    /// adds the frame to the traceback, and for a freshly raised exception links the one
    /// being handled as its `__context__` (unless `chain` is false: an exception thrown
    /// into a generator).
    pub(crate) fn record_raise(&mut self, err: &PyErr, chain: bool) {
        let Some(exc) = err.0.as_exception() else { return };
        if chain && exc.traceback.borrow().is_none() {
            self.set_context(&err.0);
        }
        let depth = self.frames.len() - 1;
        let frame = &self.frames[depth];
        if stands_for_c_code(&frame.code().unit.filename) {
            return;
        }
        let lasti = frame.lasti;
        let lineno = frame.code().line_of(lasti as usize).unwrap_or(0) as i32;
        let lasti = (lasti as usize * crate::objects::code::INSTRUCTION_BYTES) as i32;
        let frame_obj = self.frame_object(depth);
        let next = exc.traceback.borrow_mut().take();
        let tb = Rc::new(Object::Traceback(Box::new(TracebackObj {
            next: RefCell::new(next),
            frame: frame_obj,
            lasti,
            lineno,
        })));
        *exc.traceback.borrow_mut() = Some(tb);
    }

    /// Sets `exc.__context__` to the exception being handled, breaking any cycle this
    /// would create (CPython's `_PyErr_SetObject`).
    pub(crate) fn set_context(&mut self, exc: &ObjRef) {
        let Some(handled) = self.topmost_handled() else { return };
        if Rc::ptr_eq(&handled, exc) {
            return;
        }
        // Walk the handled exception's context chain; if `exc` is on it, cut it there.
        let mut o = handled.clone();
        let mut slow = handled.clone();
        let mut toggle = false;
        loop {
            let ctx = o.as_exception().and_then(|e| e.context.borrow().clone());
            let Some(ctx) = ctx else { break };
            if Rc::ptr_eq(&ctx, exc) {
                if let Some(e) = o.as_exception() {
                    *e.context.borrow_mut() = None;
                }
                break;
            }
            o = ctx;
            if Rc::ptr_eq(&o, &slow) {
                break;
            }
            if toggle {
                let next = slow.as_exception().and_then(|e| e.context.borrow().clone());
                match next {
                    Some(n) => slow = n,
                    None => break,
                }
            }
            toggle = !toggle;
        }
        if let Some(e) = exc.as_exception() {
            *e.context.borrow_mut() = Some(handled);
        }
    }

    /// `raise`, `raise exc`, `raise exc from cause`. Returns the exception to propagate
    /// and whether it is a bare re-raise (which adds no traceback entry).
    pub(crate) fn do_raise(&mut self, exc: Option<Value>, cause: Option<Value>) -> (PyErr, bool) {
        let Some(exc) = exc else {
            return match self.topmost_handled() {
                Some(h) => (PyErr(h), true),
                None => (self.runtime_error("No active exception to reraise"), false),
            };
        };
        let exc = match self.make_exception(&exc, "exceptions must derive from BaseException") {
            Ok(e) => e,
            Err(e) => return (e, false),
        };
        if let Some(cause) = cause {
            let cause_obj = if cause.is_none() {
                None
            } else {
                match self.make_exception(&cause, "exception causes must derive from BaseException") {
                    Ok(c) => Some(c),
                    Err(e) => return (e, false),
                }
            };
            if let Some(e) = exc.as_exception() {
                *e.cause.borrow_mut() = cause_obj;
                e.suppress_context.set(true);
            }
        }
        self.set_context(&exc);
        (PyErr(exc), false)
    }

    /// An exception instance from `raise X`: instances as they are, classes called with
    /// no arguments.
    fn make_exception(&mut self, v: &Value, msg: &str) -> PyResult<ObjRef> {
        if let Value::Obj(o) = v {
            match &**o {
                Object::Exception(_) => return Ok(o.clone()),
                Object::Type(t) if t.is_subtype_of(&self.exc.base_exception) => {
                    let inst = self.call(v, &[], &[])?;
                    return match inst {
                        Value::Obj(e) if e.as_exception().is_some() => Ok(e),
                        other => {
                            // Both classes by their repr, as CPython words it.
                            let cls = self.repr_string(v)?;
                            let got = Value::Obj(self.type_of(&other));
                            let got = self.repr_string(&got)?;
                            Err(self.type_error(format!(
                                "calling {cls} should have returned an instance of BaseException, not {got}"
                            )))
                        }
                    };
                }
                _ => {}
            }
        }
        Err(self.type_error(msg.to_string()))
    }

    /// `except ty:` — whether the exception `exc` matches `ty` (a class or tuple).
    pub(crate) fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let classes: Vec<Value> = match ty {
            Value::Obj(o) => match &**o {
                Object::Tuple(t) => t.to_vec(),
                _ => vec![ty.clone()],
            },
            _ => vec![ty.clone()],
        };
        for c in &classes {
            let ok =
                matches!(c, Value::Obj(o) if o.as_type().is_some_and(|t| t.is_subtype_of(&self.exc.base_exception)));
            if !ok {
                return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
            }
        }
        let exc_ty = self.type_of(exc);
        Ok(classes.iter().any(|c| matches!(c, Value::Obj(o) if self.is_subclass_ref(&exc_ty, o))))
    }

    /// UnboundLocalError for an empty local slot.
    pub(crate) fn unbound_local(&mut self, code: &Code, slot: usize) -> PyErr {
        let name = code.localsplus_names[slot].as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
        let t = self.exc.unbound_local_error.clone();
        self.new_error(&t, format!("cannot access local variable '{name}' where it is not associated with a value"))
    }

    /// The error for an empty cell: NameError for a free variable, UnboundLocalError for
    /// a cell of this frame.
    pub(crate) fn unbound_deref(&mut self, code: &Code, slot: usize) -> PyErr {
        if code.is_free(slot) {
            let name = code.localsplus_names[slot].as_str().map(|s| s.as_str().to_string()).unwrap_or_default();
            let t = self.exc.name_error.clone();
            let err = self.new_error(
                &t,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            );
            let n = self.str_val(&name);
            err.0.as_exception().expect("exception").set_field("name", n);
            return err;
        }
        self.unbound_local(code, slot)
    }
}

/// Whether code from this file stands for a module CPython implements in C
/// (`itertools`, `operator`, ...): Kaa writes these in Python, but their frames, like
/// CPython's C functions, leave no traceback entries.
fn stands_for_c_code(filename: &str) -> bool {
    const C_MODULES: [&str; 8] = ["itertools", "operator", "heapq", "bisect", "time", "io", "_structseq", "_clinic"];
    filename
        .strip_prefix("<frozen ")
        .and_then(|rest| rest.strip_suffix('>'))
        .is_some_and(|module| C_MODULES.contains(&module))
}
