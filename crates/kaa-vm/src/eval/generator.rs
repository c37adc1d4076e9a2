//! Running generators: creating one from a call, resuming its frame with a value or an
//! exception (`send`, `throw`, `close`), `yield from` delegation (the `SEND` and
//! `GET_YIELD_FROM_ITER` instructions, and `throw`/`close` passed on to the delegate),
//! and resuming generators inline from FOR_ITER/SEND.
//!
//! A resumption pushes the generator's own frame record (whose slots live in the
//! generator object, see `objects/generator.rs`) onto the frame stack as an entry frame
//! and runs the eval loop on it. The loop returns either because the frame returned
//! (the generator is finished) or because `YIELD_VALUE` popped the record into
//! `Vm::suspended`, from where it goes back into the generator.
//!
//! The exception being handled is per activation, as in CPython: a generator suspended
//! inside an `except` block keeps its handled exception (`exc_state`) to itself, and
//! while it runs, `sys.exc_info()` sees its own handled exception or else its caller's
//! (`Vm::outer_handled` keeps the callers' while generators run).

use std::cell::{Cell, RefCell};
use std::mem::MaybeUninit;
use std::rc::Rc;

use kaa_bytecode::Op;

use super::frame::{Frame, StackMark};
use crate::error::{PyErr, PyResult};
use crate::object::Object;
use crate::objects::frame::FrameState;
use crate::objects::generator::{GenState, GeneratorObj};
use crate::protocols::call::bind_args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// How a generator is resumed.
pub enum Resume {
    /// `send(value)` (`next()` sends None).
    Send(Value),
    /// `throw(exc)`: raise `exc` at the `yield`.
    Throw(PyErr),
    /// Continue a `yield from` whose delegate just returned this value (after a `throw`
    /// was handled by the delegate).
    DelegateReturned(Value),
}

/// What a resumption produced.
pub enum GenResult {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Calling a generator function: binds the arguments into a new generator's own
    /// slots; nothing runs until it is resumed.
    pub(crate) fn new_generator(&mut self, func: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        let f = func.as_function().expect("function");
        let code_obj = f.code.borrow().clone();
        let code = code_obj.as_code().expect("code");
        let nlocals = code.nlocalsplus;
        let mut block: Box<[MaybeUninit<Value>]> =
            (0..nlocals + code.stacksize).map(|_| MaybeUninit::new(Value::Null)).collect();
        let base = block.as_mut_ptr() as *mut Value;
        // SAFETY: the first `nlocals` slots of the block were initialised (to Null) above
        // and nothing else refers to them yet.
        let slots = unsafe { std::slice::from_raw_parts_mut(base, nlocals) };
        if let Err(e) = bind_args(self, f, code, slots, args, kwnames) {
            slots.iter_mut().for_each(|s| drop(s.take()));
            return Err(e);
        }
        let frame = Frame {
            code: code_obj.clone(),
            func: Some(func.clone()),
            scope: None,
            locals: None,
            base,
            // SAFETY: the operand stack starts right after the localsplus slots, inside
            // the block.
            sp: unsafe { base.add(nlocals) },
            ip: 0,
            lasti: 0,
            frame_obj: None,
            is_entry: true,
            inline_gen: false,
            trace_call_pending: false,
            trace: None,
            mark: StackMark::detached(),
        };
        let gen = GeneratorObj {
            frame: RefCell::new(Some(frame)),
            block,
            code: code_obj.clone(),
            name: RefCell::new(f.name.borrow().clone()),
            qualname: RefCell::new(f.qualname.borrow().clone()),
            state: Cell::new(GenState::Created),
            depth: Cell::new(0),
            exc_state: RefCell::new(None),
            finalized: Cell::new(false),
        };
        Ok(Value::from_obj(Object::Generator(Box::new(gen))))
    }

    /// Resumes generator `gen`.
    pub fn gen_resume(&mut self, gen_ref: &ObjRef, how: Resume) -> PyResult<GenResult> {
        let g = gen_ref.as_generator().expect("generator");
        match g.state.get() {
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Finished => {
                return match how {
                    Resume::Throw(e) => Err(e),
                    _ => Ok(GenResult::Returned(Value::None)),
                }
            }
            GenState::Created => match how {
                Resume::Send(ref v) if !v.is_none() => {
                    return Err(self.type_error("can't send non-None value to a just-started generator"))
                }
                Resume::Throw(e) => return Err(self.throw_into_unstarted(gen_ref, e)),
                _ => {}
            },
            GenState::Suspended => {}
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(self.recursion_error());
        }
        self.check_native_stack()?;
        let started = g.state.get() == GenState::Suspended;
        let mut rec = g.frame.borrow_mut().take().expect("a created or suspended generator has its frame");
        let mut throw = None;
        // SAFETY: a suspended frame stopped at YIELD_VALUE, which popped the yielded
        // value: the slot at `sp` is free and within the block (the verified stack depth
        // of YIELD_VALUE includes it). For `DelegateReturned` the frame stopped in a
        // `yield from`, so the delegate is the live value at `sp - 1`.
        unsafe {
            match how {
                Resume::Send(v) => {
                    if started {
                        std::ptr::write(rec.sp, v);
                        rec.sp = rec.sp.add(1);
                    }
                }
                Resume::Throw(e) => {
                    std::ptr::write(rec.sp, Value::None);
                    rec.sp = rec.sp.add(1);
                    throw = Some(e);
                }
                Resume::DelegateReturned(v) => {
                    let target = send_target(&rec).expect("suspended in yield from");
                    *rec.sp.sub(1) = v;
                    rec.ip = target;
                }
            }
        }
        let depth = self.frames.len();
        if let Some(fo) = &rec.frame_obj {
            if let Object::Frame(f) = &**fo {
                *f.state.borrow_mut() = FrameState::Live(depth);
            }
        }
        rec.is_entry = true;
        rec.inline_gen = false;
        rec.trace_call_pending = self.tracing;
        g.state.set(GenState::Running);
        g.depth.set(depth);
        self.frames.push(rec);
        let outer = std::mem::replace(&mut self.handled, g.exc_state.borrow_mut().take());
        self.outer_handled.push(outer);
        let result = self.run_frame_throwing(throw);
        *g.exc_state.borrow_mut() = std::mem::replace(&mut self.handled, self.outer_handled.pop().flatten());
        if let Some(rec) = self.suspended.take() {
            if let Some(fo) = &rec.frame_obj {
                if let Object::Frame(f) = &**fo {
                    *f.state.borrow_mut() = FrameState::Suspended(Rc::downgrade(gen_ref));
                }
            }
            *g.frame.borrow_mut() = Some(rec);
            g.state.set(GenState::Suspended);
            return result.map(GenResult::Yielded);
        }
        g.state.set(GenState::Finished);
        g.exc_state.borrow_mut().take();
        match result {
            Ok(v) => Ok(GenResult::Returned(v)),
            Err(e) => Err(self.stop_iteration_to_runtime_error(e)),
        }
    }

    /// `throw()` into a generator that has not started: it finishes at once, and the
    /// exception's traceback shows the generator at its `def` line, as in CPython.
    fn throw_into_unstarted(&mut self, gen_ref: &ObjRef, err: PyErr) -> PyErr {
        let g = gen_ref.as_generator().expect("generator");
        g.state.set(GenState::Finished);
        let Some(mut rec) = g.frame.borrow_mut().take() else { return err };
        rec.is_entry = true;
        let depth = self.frames.len();
        let line = rec.code().unit.firstlineno;
        self.frames.push(rec);
        let frame_obj = self.frame_object(depth);
        if let Some(exc) = err.0.as_exception() {
            let next = exc.traceback.borrow_mut().take();
            let tb = Rc::new(Object::Traceback(Box::new(crate::objects::traceback::TracebackObj {
                next: RefCell::new(next),
                frame: frame_obj,
                lasti: 0,
                lineno: line as i32,
            })));
            *exc.traceback.borrow_mut() = Some(tb);
        }
        self.pop_frame();
        err
    }

    /// The iterator a generator suspended in `yield from` is delegating to.
    pub fn gen_yield_from(&self, g: &GeneratorObj) -> Option<Value> {
        let frame = g.frame.borrow();
        let rec = frame.as_ref()?;
        if g.state.get() != GenState::Suspended {
            return None;
        }
        send_target(rec)?;
        // SAFETY: suspended in `yield from`: the delegate is the live value at `sp - 1`.
        Some(unsafe { (*rec.sp.sub(1)).clone() })
    }

    /// `gen.send(value)` / `next(gen)` for the Python-level methods: a return becomes
    /// StopIteration(value).
    pub fn gen_send(&mut self, gen: &ObjRef, value: Value) -> PyResult<Value> {
        match self.gen_resume(gen, Resume::Send(value))? {
            GenResult::Yielded(v) => Ok(v),
            GenResult::Returned(v) => Err(self.stop_iteration(v)),
        }
    }

    /// `gen.throw(exc)`: raises `exc` at the generator's `yield`, first offering it to the
    /// iterator a `yield from` is delegating to.
    pub fn gen_throw(&mut self, gen: &ObjRef, err: PyErr) -> PyResult<GenResult> {
        let g = gen.as_generator().expect("generator");
        if let Some(delegate) = self.gen_yield_from(g) {
            if g.state.get() == GenState::Running {
                return Err(self.value_error("generator already executing"));
            }
            let is_exit = self.err_matches(&err, &self.exc.generator_exit.clone());
            // The delegate runs "inside" this generator, which counts as running.
            g.state.set(GenState::Running);
            let outcome = if is_exit {
                // GeneratorExit closes the delegate, then is raised here.
                self.close_iterator(&delegate).map(|_| None)
            } else {
                self.throw_to_delegate(&delegate, err.clone()).map(Some)
            };
            g.state.set(GenState::Suspended);
            return match outcome {
                Ok(None) => self.gen_resume(gen, Resume::Throw(err)),
                Ok(Some(GenResult::Yielded(v))) => Ok(GenResult::Yielded(v)),
                Ok(Some(GenResult::Returned(v))) => self.gen_resume(gen, Resume::DelegateReturned(v)),
                Err(e) => self.gen_resume(gen, Resume::Throw(e)),
            };
        }
        self.gen_resume(gen, Resume::Throw(err))
    }

    /// Passes a thrown exception to a `yield from` delegate: `delegate.throw(exc)` when it
    /// has one, else the exception is raised in the delegating generator.
    fn throw_to_delegate(&mut self, delegate: &Value, err: PyErr) -> PyResult<GenResult> {
        if let Value::Obj(o) = delegate {
            if o.as_generator().is_some() {
                return self.gen_throw(o, err);
            }
        }
        let throw_name = self.intern("throw");
        let method = match self.getattr_opt(delegate, &throw_name)? {
            Some(m) => m,
            None => return Err(err),
        };
        match self.call(&method, &[Value::Obj(err.0.clone())], &[]) {
            Ok(v) => Ok(GenResult::Yielded(v)),
            Err(e) => self.returned_value(e).map(GenResult::Returned),
        }
    }

    /// `StopIteration.value` when `e` is a StopIteration, else `e` again.
    fn returned_value(&mut self, e: PyErr) -> PyResult<Value> {
        if self.err_matches(&e, &self.exc.stop_iteration.clone()) {
            let value = e.0.as_exception().and_then(|x| x.field("value")).unwrap_or(Value::None);
            return Ok(value);
        }
        Err(e)
    }

    /// Calls `close()` on an iterator a closing generator delegates to, if it has one.
    fn close_iterator(&mut self, it: &Value) -> PyResult<()> {
        if let Value::Obj(o) = it {
            if o.as_generator().is_some() {
                return self.gen_close(o);
            }
        }
        let close_name = self.intern("close");
        if let Some(m) = self.getattr_opt(it, &close_name)? {
            self.call(&m, &[], &[])?;
        }
        Ok(())
    }

    /// `gen.close()`: raises GeneratorExit at the `yield`; the generator must let it (or
    /// StopIteration) propagate, not yield again.
    pub fn gen_close(&mut self, gen: &ObjRef) -> PyResult<()> {
        let g = gen.as_generator().expect("generator");
        match g.state.get() {
            GenState::Finished => return Ok(()),
            GenState::Created => {
                g.state.set(GenState::Finished);
                if let Some(mut rec) = g.frame.borrow_mut().take() {
                    crate::eval::calls::retire_detached_frame(&mut rec);
                    rec.clear();
                }
                return Ok(());
            }
            GenState::Running => return Err(self.value_error("generator already executing")),
            GenState::Suspended => {}
        }
        let exit = self.exc.generator_exit.clone();
        let err = PyErr(self.new_exception(&exit, vec![]));
        match self.gen_throw(gen, err) {
            Ok(GenResult::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(GenResult::Returned(_)) => Ok(()),
            Err(e)
                if self.err_matches(&e, &self.exc.generator_exit.clone())
                    || self.err_matches(&e, &self.exc.stop_iteration.clone()) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `SEND`: sends `value` into the delegate of a `yield from`.
    pub(crate) fn send_to_delegate(&mut self, delegate: &Value, value: Value) -> PyResult<GenResult> {
        if let Value::Obj(o) = delegate {
            if o.as_generator().is_some() {
                return self.gen_resume(o, Resume::Send(value));
            }
        }
        let is_instance = matches!(delegate, Value::Obj(o) if matches!(&**o, Object::Instance(_)));
        let r = if value.is_none() && is_instance {
            // Through `__next__` itself: its StopIteration carries the return value.
            match self.call_dunder(delegate, "__next__", &[]) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => {
                    let tn = self.type_name(delegate);
                    Err(self.type_error(format!("'{tn}' object is not an iterator")))
                }
                Err(e) => Err(e),
            }
        } else if value.is_none() {
            match self.next(delegate) {
                Ok(Some(v)) => return Ok(GenResult::Yielded(v)),
                Ok(None) => return Ok(GenResult::Returned(Value::None)),
                Err(e) => Err(e),
            }
        } else {
            self.call_method(delegate, "send", &[value])
        };
        match r {
            Ok(v) => Ok(GenResult::Yielded(v)),
            Err(e) => self.returned_value(e).map(GenResult::Returned),
        }
    }
}

impl Vm {
    /// FOR_ITER or SEND on a generator, without leaving the eval loop: pushes the
    /// generator's frame (marked `inline_gen`) on top of the running one, which holds the
    /// generator on its stack top (SEND has already popped the value it sends). Returns
    /// false, changing nothing, when the generator must be resumed the general way
    /// (running, finished, a value sent into a fresh generator, or too deep).
    pub(crate) fn resume_inline(&mut self, gen_ref: &ObjRef, sent: Value) -> bool {
        let Some(g) = gen_ref.as_generator() else { return false };
        let started = match g.state.get() {
            GenState::Suspended => true,
            GenState::Created if sent.is_none() => false,
            _ => return false,
        };
        if self.frames.len() >= self.recursion_limit {
            return false;
        }
        let Some(mut rec) = g.frame.borrow_mut().take() else { return false };
        if started {
            // SAFETY: as in `gen_resume`: YIELD_VALUE left the slot at `sp` free.
            unsafe {
                std::ptr::write(rec.sp, sent);
                rec.sp = rec.sp.add(1);
            }
        }
        let depth = self.frames.len();
        if let Some(fo) = &rec.frame_obj {
            if let Object::Frame(f) = &**fo {
                *f.state.borrow_mut() = FrameState::Live(depth);
            }
        }
        rec.is_entry = false;
        rec.inline_gen = true;
        rec.trace_call_pending = self.tracing;
        g.state.set(GenState::Running);
        g.depth.set(depth);
        let outer = std::mem::replace(&mut self.handled, g.exc_state.borrow_mut().take());
        self.outer_handled.push(outer);
        self.frames.push(rec);
        true
    }

    /// The generator an inline-resumed frame belongs to: the stack top of the frame
    /// below it, which resumed it.
    fn inline_generator(&self) -> ObjRef {
        let caller = &self.frames[self.frames.len() - 2];
        // SAFETY: the resuming FOR_ITER/SEND keeps the generator on its stack top.
        match unsafe { &*caller.sp.sub(1) } {
            Value::Obj(o) if o.as_generator().is_some() => o.clone(),
            _ => unreachable!("an inline generator frame sits above its generator"),
        }
    }

    /// YIELD_VALUE in an inline-resumed generator: the record goes back into the
    /// generator and the resumer continues (the caller pushes the yielded value).
    #[inline(always)]
    pub(crate) fn suspend_inline(&mut self) {
        let gen = self.inline_generator();
        let g = gen.as_generator().expect("generator");
        let rec = self.frames.pop().expect("generator frame");
        if let Some(fo) = &rec.frame_obj {
            if let Object::Frame(f) = &**fo {
                *f.state.borrow_mut() = FrameState::Suspended(Rc::downgrade(&gen));
            }
        }
        *g.frame.borrow_mut() = Some(rec);
        g.state.set(GenState::Suspended);
        *g.exc_state.borrow_mut() = std::mem::replace(&mut self.handled, self.outer_handled.pop().flatten());
    }

    /// An inline-resumed generator returned `value`: its frame is popped and the
    /// resumer continues past the loop: FOR_ITER drops the generator and jumps to its
    /// exit; SEND replaces it with the value (the result of `yield from`) and jumps.
    pub(crate) fn return_inline(&mut self, value: Value) {
        let gen = self.inline_generator();
        self.pop_frame();
        self.finish_inline(&gen);
        let caller = self.frames.last_mut().expect("resumer");
        let (op, target) = resuming_instruction(caller);
        // SAFETY: the generator is the live value on the resumer's stack top.
        unsafe {
            let top = caller.sp.sub(1);
            if op == Op::Send {
                *top = value;
            } else {
                std::ptr::drop_in_place(top);
                caller.sp = top;
            }
        }
        caller.ip = target;
    }

    /// An exception leaving an inline-resumed generator (whose frame the unwinder has
    /// just popped): the generator is finished, and a StopIteration becomes a
    /// RuntimeError, as when it is resumed from Rust.
    pub(crate) fn raise_from_inline(&mut self, err: PyErr) -> PyErr {
        let caller = self.frames.last().expect("resumer");
        // SAFETY: the resumer keeps the generator on its stack top.
        let gen = match unsafe { &*caller.sp.sub(1) } {
            Value::Obj(o) if o.as_generator().is_some() => o.clone(),
            _ => return err,
        };
        self.finish_inline(&gen);
        self.stop_iteration_to_runtime_error(err)
    }

    fn finish_inline(&mut self, gen: &ObjRef) {
        let g = gen.as_generator().expect("generator");
        g.state.set(GenState::Finished);
        g.exc_state.borrow_mut().take();
        self.handled = self.outer_handled.pop().flatten();
    }

    /// PEP 479: a StopIteration escaping a generator would silently end the caller's
    /// loop; it becomes a RuntimeError.
    fn stop_iteration_to_runtime_error(&mut self, e: PyErr) -> PyErr {
        if !self.err_matches(&e, &self.exc.stop_iteration.clone()) {
            return e;
        }
        let err = self.runtime_error("generator raised StopIteration");
        if let Some(x) = err.0.as_exception() {
            *x.cause.borrow_mut() = Some(e.0.clone());
            *x.context.borrow_mut() = Some(e.0.clone());
            x.suppress_context.set(true);
        }
        err
    }
}

/// The FOR_ITER or SEND that resumed an inline generator (the instruction before the
/// resumer's `ip`), with its full jump target.
fn resuming_instruction(caller: &Frame) -> (Op, u32) {
    let instrs = &caller.code().instrs;
    let at = caller.ip as usize - 1;
    let instr = instrs[at];
    let mut arg = instr.arg();
    let mut shift = 24;
    let mut i = at;
    while i > 0 && instrs[i - 1].op() == Op::ExtendedArg {
        i -= 1;
        arg |= instrs[i].arg() << shift;
        shift += 24;
    }
    (instr.op(), arg)
}

/// For a frame suspended in a `yield from` (its next instruction jumps back to a
/// `SEND`), the `SEND`'s exit target.
fn send_target(rec: &Frame) -> Option<u32> {
    let instrs = &rec.code().instrs;
    let next = instrs.get(rec.ip as usize)?;
    if next.op() != Op::JumpBackward {
        return None;
    }
    let send = instrs.get(next.arg() as usize)?;
    (send.op() == Op::Send).then(|| send.arg())
}
