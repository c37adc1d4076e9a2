//! `sys.settrace` and `sys.setprofile`: calling the trace and profile functions at
//! CPython 3.11's events.
//!
//! The eval loop is compiled twice (`run_loop::<TRACE>` in `mod.rs`): the ordinary
//! instantiation has no tracing code at all and only checks, after out-of-line
//! instructions, whether tracing was switched on, in which case it hands the running
//! frames to the tracing instantiation (and back when tracing is switched off). The
//! tracing loop calls [`Vm::trace_instruction`] before every instruction and the
//! return/exception hooks below.
//!
//! Events, as CPython 3.11 sends them:
//! - `call` when a frame starts (or a generator resumes), to the global trace function,
//!   whose result becomes the frame's local trace function (`f_trace`), and to the
//!   profile function;
//! - `line` to `f_trace` before an instruction that starts a line: one whose line
//!   differs from the previous instruction's, or reached by a backward jump;
//! - `return` (with the returned or yielded value, None when unwinding) to `f_trace`
//!   and the profile function; `exception` (with `(type, value, traceback)`) to
//!   `f_trace` where an exception is raised or passes through;
//! - `c_call`/`c_return`/`c_exception` to the profile function around builtin calls.
//!
//! While a trace or profile function runs, nothing is traced. A trace function that
//! raises turns tracing off, as in CPython.

use kaa_bytecode::Op;

use crate::error::{PyErr, PyResult};
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// A frame's tracing state, made when tracing first looks at it.
#[derive(Default)]
pub struct FrameTrace {
    /// The local trace function (`f_trace`), or None.
    pub f_trace: Value,
    /// `f_trace_lines` (true by default).
    pub lines: bool,
    /// `f_trace_opcodes`.
    pub opcodes: bool,
}

impl FrameTrace {
    /// A fresh state: no local trace function, line events on.
    pub fn boxed() -> Box<FrameTrace> {
        Self::new()
    }

    fn new() -> Box<FrameTrace> {
        Box::new(FrameTrace { f_trace: Value::None, lines: true, ..Default::default() })
    }
}

impl Vm {
    /// `sys.settrace(func)` (None turns it off).
    pub fn set_trace(&mut self, func: Option<Value>) {
        self.trace_func = func.filter(|f| !f.is_none());
        self.tracing = self.trace_func.is_some() || self.profile_func.is_some();
    }

    /// `sys.setprofile(func)` (None turns it off).
    pub fn set_profile(&mut self, func: Option<Value>) {
        self.profile_func = func.filter(|f| !f.is_none());
        self.tracing = self.trace_func.is_some() || self.profile_func.is_some();
    }

    /// Calls a trace or profile function with the frame at `depth`, with tracing
    /// suspended meanwhile. What the function wrote into `frame.f_locals` goes back
    /// into the frame's variables afterwards, as CPython's `PyFrame_LocalsToFast`.
    fn call_hook(&mut self, func: &Value, depth: usize, event: &str, arg: Value) -> PyResult<Value> {
        let frame = Value::Obj(self.frame_object(depth));
        // A dict made by an earlier `f_locals` read is refreshed first (FastToLocals),
        // so that writing it back afterwards changes only what the function changed.
        if matches!(&frame, Value::Obj(o) if matches!(&**o, Object::Frame(fo) if fo.locals_dict.borrow().is_some())) {
            self.frame_locals(&frame)?;
        }
        let event = self.str_val(event);
        self.in_trace_hook = true;
        let r = self.call(func, &[frame, event, arg], &[]);
        self.in_trace_hook = false;
        self.locals_to_fast(depth);
        r
    }

    /// Copies the `f_locals` dict of the frame at `depth` (if one was made) back into
    /// its local variables and cells; a name missing from the dict is unbound.
    fn locals_to_fast(&mut self, depth: usize) {
        let Some(f) = self.frames.get(depth) else { return };
        if f.locals.is_some() {
            // Module and class frames use the dict itself.
            return;
        }
        let Some(obj) = f.frame_obj.clone() else { return };
        let Object::Frame(fo) = &*obj else { return };
        let Some(dict) = fo.locals_dict.borrow().clone() else { return };
        let Some(d) = dict.as_dict() else { return };
        let code = f.code.clone();
        let code = code.as_code().expect("code");
        for i in 0..code.nlocalsplus {
            let value =
                d.get_str(code.localsplus_names[i].as_str().map(|s| s.as_str()).unwrap_or("")).unwrap_or(Value::Null);
            let f = &mut self.frames[depth];
            if code.is_cell_slot(i) {
                if let Value::Obj(c) = &f.localsplus()[i] {
                    if let Object::Cell(cell) = &**c {
                        *cell.borrow_mut() = value;
                    }
                }
            } else {
                f.set_local(i, value);
            }
        }
    }

    /// Sends `event` to the local trace function of the frame at `depth`; its result,
    /// unless None, replaces it. A trace function that raises turns tracing off.
    fn local_trace(&mut self, depth: usize, event: &str, arg: Value) -> PyResult<()> {
        let f_trace = match &self.frames[depth].trace {
            Some(t) if !t.f_trace.is_none() => t.f_trace.clone(),
            _ => return Ok(()),
        };
        match self.call_hook(&f_trace, depth, event, arg) {
            Ok(r) => {
                if !r.is_none() {
                    if let Some(t) = self.frames[depth].trace.as_mut() {
                        t.f_trace = r;
                    }
                }
                Ok(())
            }
            Err(e) => Err(self.trace_failed(depth, e)),
        }
    }

    fn trace_failed(&mut self, depth: usize, e: PyErr) -> PyErr {
        self.set_trace(None);
        if let Some(t) = self.frames.get_mut(depth).and_then(|f| f.trace.as_mut()) {
            t.f_trace = Value::None;
        }
        e
    }

    /// Before instruction `index` of the running frame (whose state is saved): the
    /// `call` event of a frame just started or resumed, then a `line` event if the
    /// instruction starts a line.
    pub(crate) fn trace_instruction(&mut self, index: u32) -> PyResult<()> {
        let depth = self.frames.len() - 1;
        // The previous instruction executed (CPython's `instr_prev`): the frame's last
        // one, whether or not it ran traced; none for a frame just starting.
        let f = &mut self.frames[depth];
        let prev_index = if f.ip == 0 && f.trace_call_pending { None } else { Some(f.lasti) };
        f.lasti = index;
        if self.in_trace_hook {
            return Ok(());
        }
        if self.frames[depth].trace_call_pending {
            // The flag stays set during the event: a frame not started yet reports its
            // `def` line as `f_lineno`, as CPython's does at its RESUME.
            let r = self.trace_call(depth);
            self.frames[depth].trace_call_pending = false;
            r?;
        }
        let f = &self.frames[depth];
        let Some(t) = f.trace.as_ref() else { return Ok(()) };
        let code = f.code();
        let line = code.line_of(index as usize);
        let prev_line = prev_index.and_then(|p| code.line_of(p as usize));
        let backward = prev_index.is_some_and(|p| index < p) && code.instrs[index as usize].op() != Op::Send;
        let fire = t.lines && !t.f_trace.is_none() && line.is_some() && (line != prev_line || backward);
        if fire {
            self.local_trace(depth, "line", Value::None)?;
        }
        Ok(())
    }

    /// The pending `call` event of the running frame, sent before an exception thrown
    /// into it (its instruction hooks have not run yet).
    pub(crate) fn trace_resume_call(&mut self) -> PyResult<()> {
        let depth = self.frames.len() - 1;
        if self.in_trace_hook || !self.frames[depth].trace_call_pending {
            return Ok(());
        }
        let r = self.trace_call(depth);
        self.frames[depth].trace_call_pending = false;
        r
    }

    /// The `call` event of the frame at `depth`.
    fn trace_call(&mut self, depth: usize) -> PyResult<()> {
        let mut trace = FrameTrace::new();
        if let Some(old) = self.frames[depth].trace.take() {
            trace.lines = old.lines;
            trace.opcodes = old.opcodes;
        }
        self.frames[depth].trace = Some(trace);
        if let Some(profile) = self.profile_func.clone() {
            if let Err(e) = self.call_hook(&profile, depth, "call", Value::None) {
                self.set_profile(None);
                return Err(e);
            }
        }
        if let Some(func) = self.trace_func.clone() {
            match self.call_hook(&func, depth, "call", Value::None) {
                Ok(r) => {
                    if let Some(t) = self.frames[depth].trace.as_mut() {
                        t.f_trace = r;
                    }
                }
                Err(e) => return Err(self.trace_failed(depth, e)),
            }
        }
        Ok(())
    }

    /// The running frame returns (or yields) `value`; None when an exception unwinds it.
    pub(crate) fn trace_return(&mut self, value: &Value) -> PyResult<()> {
        if self.in_trace_hook {
            return Ok(());
        }
        let depth = self.frames.len() - 1;
        self.local_trace(depth, "return", value.clone())?;
        if let Some(profile) = self.profile_func.clone() {
            if let Err(e) = self.call_hook(&profile, depth, "return", value.clone()) {
                self.set_profile(None);
                return Err(e);
            }
        }
        Ok(())
    }

    /// `err` was raised in (or passed through) the running frame.
    pub(crate) fn trace_exception(&mut self, err: &PyErr) -> PyResult<()> {
        if self.in_trace_hook {
            return Ok(());
        }
        let depth = self.frames.len() - 1;
        if !self.frames[depth].trace.as_ref().is_some_and(|t| !t.f_trace.is_none()) {
            return Ok(());
        }
        let value = Value::Obj(err.0.clone());
        let ty = Value::Obj(self.type_of(&value));
        let tb = err.0.as_exception().and_then(|e| e.traceback.borrow().clone()).map(Value::Obj).unwrap_or(Value::None);
        let arg = self.tuple_val(vec![ty, value, tb]);
        self.local_trace(depth, "exception", arg)
    }

    /// Calls builtin `callable` for the eval loop, sending the profile function its
    /// `c_call` and `c_return` (or `c_exception`) events.
    pub(crate) fn profile_builtin_call(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let Some(profile) = self.profile_func.clone().filter(|_| !self.in_trace_hook && is_builtin(callable)) else {
            return self.call(callable, args, kwnames);
        };
        let depth = self.frames.len() - 1;
        self.call_hook(&profile, depth, "c_call", callable.clone())?;
        let r = self.call(callable, args, kwnames);
        let event = if r.is_ok() { "c_return" } else { "c_exception" };
        if let Some(profile) = self.profile_func.clone() {
            self.call_hook(&profile, depth, event, callable.clone())?;
        }
        r
    }
}

/// Whether `v` is a function implemented in Rust (what CPython profiles as a C call).
fn is_builtin(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, Object::BuiltinFunction(_) | Object::MethodDescriptor(_)))
}
