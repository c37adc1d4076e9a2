//! The eval loop: runs frames until the entry frame returns.
//!
//! Python-to-Python calls do not recurse in Rust: `CALL` pushes the callee's frame and
//! the loop continues with it; `RETURN_VALUE` pops it and resumes the caller. The running
//! frame's instruction index, operand-stack pointer and localsplus base live in local
//! variables ("registers") and are written back to the frame record before anything
//! that can look at frames (calls, errors).
//!
//! The operand stack is accessed through raw pointers (the `push!`/`pop!` macros): the
//! loader verifies every code object (see `verify.rs`) so stack depths stay within the
//! frame's block and slot indexes within its localsplus. Out-of-line instruction bodies
//! live in `ops.rs`, calls in `calls.rs`, exception unwinding in `unwind.rs`.

/// Defines the operand-stack macros `push!`, `pop!`, `peek!`, `top_mut!` and the slot
/// macro `local!` over the caller's local variables `$sp` (stack top) and `$fp`
/// (localsplus base), for the dispatch loop and `cold.rs`. `$d` must be `$`: it is
/// passed in so that the inner macros can declare their own metavariables.
macro_rules! stack_macros {
    ($d:tt, $sp:ident, $fp:ident) => {
        #[allow(unused_macros)]
        macro_rules! push {
                    ($d v:expr) => {{
                        let v: Value = $d v;
                        // SAFETY: `$sp` is below the frame's stack limit (the verifier bounds
                        // the depth), and the slot is free.
                        unsafe {
                            write_value($sp, v);
                            $sp = $sp.add(1);
                        }
                    }};
                }
        #[allow(unused_macros)]
        macro_rules! pop {
            () => {
                // SAFETY: the verifier guarantees a value on the stack to pop; it is moved out once.
                unsafe {
                    $sp = $sp.sub(1);
                    read_value($sp)
                }
            };
        }
        #[allow(unused_macros)]
        macro_rules! peek {
                    ($d n:expr) => {
                        // SAFETY: the verifier guarantees at least `n` live values on the stack.
                        unsafe { &*$sp.sub($d n) }
                    };
                }
        #[allow(unused_macros)]
        macro_rules! top_mut {
            () => {
                // SAFETY: the verifier guarantees a live value on the stack top.
                unsafe { &mut *$sp.sub(1) }
            };
        }
        #[allow(unused_macros)]
        macro_rules! local {
                    ($d i:expr) => {
                        // SAFETY: `i` is below `nlocalsplus` (verified), and the slots are always initialised.
                        unsafe { &mut *$fp.add($d i) }
                    };
                }
    };
}

pub mod attr_cache;
pub mod calls;
mod cold;
pub mod frame;
pub mod generator;
mod ops;
pub mod trace;
mod unwind;
pub mod verify;

use std::ptr;

use kaa_bytecode::{BinaryOp, CompareOp, Instr, Op};

use crate::error::PyErr;
use crate::object::Object;
use crate::objects::code::{Code, GlobalCache};
use crate::objects::iter::IterKind;
use crate::protocols::arith::{float_fast, int_fast};
use crate::value::{read_value, write_value, Value};
use crate::vm::Vm;

/// Decodes an instruction word of verified code.
#[inline(always)]
fn decode(instr: Instr) -> (Op, u32) {
    let byte = instr.op_byte();
    debug_assert!((byte as usize) < Op::ALL.len());
    // SAFETY: `Op` is `repr(u8)` with discriminants 0..Op::ALL.len(), and the verifier
    // rejected any code object holding another opcode byte.
    let op = unsafe { std::mem::transmute::<u8, Op>(byte) };
    (op, instr.arg())
}

/// `a <op> b` for two ints or two floats (IEEE comparisons: NaN is unordered).
#[inline(always)]
fn compare_fast<T: PartialOrd>(a: &T, b: &T, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

/// How a run of the eval loop ended.
enum LoopExit {
    /// The entry frame returned or yielded (or an exception left it).
    Done(Result<Value, PyErr>),
    /// Tracing was switched on or off; the frames are saved and continue in the other
    /// instantiation of the loop.
    Switch,
}

/// What a call instruction did.
pub(crate) enum CallOutcome {
    /// A Python frame was pushed; continue with it.
    Pushed,
    /// The call finished with this result.
    Done(Value),
}

impl Vm {
    /// Runs the frame on top of the frame stack (pushed with `is_entry`) until it
    /// returns; frames it calls run in the same loop.
    #[inline]
    pub fn run_frame(&mut self) -> Result<Value, PyErr> {
        self.run_frame_throwing(None)
    }

    /// `run_frame`, starting by raising `throw` (if given) at the frame's resumption
    /// point, as `generator.throw()` does. A generator frame may also leave by
    /// `YIELD_VALUE`, which moves its record to `self.suspended`.
    pub(crate) fn run_frame_throwing(&mut self, throw: Option<PyErr>) -> Result<Value, PyErr> {
        let mut throw = throw;
        loop {
            let exit =
                if self.tracing { self.run_loop::<true>(throw.take()) } else { self.run_loop::<false>(throw.take()) };
            match exit {
                LoopExit::Done(r) => return r,
                // Tracing was switched on or off: go on in the other instantiation.
                LoopExit::Switch => {}
            }
        }
    }

    /// The eval loop, compiled with and without the tracing hooks (see trace.rs).
    fn run_loop<const TRACE: bool>(&mut self, throw: Option<PyErr>) -> LoopExit {
        // Registers of the running frame.
        let mut code: *const Code;
        let mut fp: *mut Value;
        let mut sp: *mut Value;
        // The next instruction to run.
        let mut ip: *const Instr;

        macro_rules! load_frame {
            () => {{
                let f = self.frames.last().expect("a running frame");
                code = f.code() as *const Code;
                fp = f.base;
                sp = f.sp;
                // SAFETY: the code object is kept alive by the frame record for as long
                // as the frame runs; `f.ip` is a verified instruction index.
                ip = unsafe { (*code).instrs.as_ptr().add(f.ip as usize) };
            }};
        }
        // SAFETY (code!): `code` points at the running frame's code object, which the
        // frame record keeps alive; it is reloaded whenever the running frame changes.
        macro_rules! code {
            () => {{
                #[allow(unused_unsafe)]
                // SAFETY: see the note on `code!` above.
                let c: &Code = unsafe { &*code };
                c
            }};
        }

        // The index of the next instruction.
        macro_rules! ip_index {
            () => {
                // SAFETY: `ip` points into the running code's instruction array.
                unsafe { ip.offset_from(code!().instrs.as_ptr()) as u32 }
            };
        }
        macro_rules! jump_to {
            ($target:expr) => {
                // SAFETY: jump targets were verified to be instruction indexes.
                ip = unsafe { code!().instrs.as_ptr().add($target as usize) }
            };
        }
        macro_rules! save_frame {
            () => {{
                let index = ip_index!();
                let f = self.frames.last_mut().expect("a running frame");
                f.sp = sp;
                f.ip = index;
                f.lasti = index - 1;
            }};
        }
        // SAFETY (stack macros): the verifier proved that at every instruction the stack
        // depth is within [0, stacksize], so `sp` stays inside the frame's block, pops
        // read initialised values and pushes write to free slots; slot indexes are below
        // nlocalsplus.
        stack_macros!($, sp, fp);
        load_frame!();
        let mut reraise = false;
        // An exception thrown into a generator gets a traceback entry but, as in
        // CPython, no implicit `__context__`.
        let mut thrown = throw.is_some();
        let mut throw = throw;
        'frames: loop {
            let err: PyErr = if let Some(e) = throw.take() {
                e
            } else {
                'dispatch: loop {
                    macro_rules! tri {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'dispatch e,
                            }
                        };
                    }
                    // Runs the instruction out of line (cold.rs) on the saved frame state, then
                    // reloads the registers (the instruction may have jumped or pushed a frame).
                    macro_rules! cold {
                        ($op:expr, $arg:expr) => {{
                            save_frame!();
                            if let Err(e) = self.exec_cold($op, $arg) {
                                sp = self.frames.last().expect("a running frame").sp;
                                break 'dispatch e;
                            }
                            if crate::finalize::pending() {
                                self.run_finalizers();
                            }
                            if self.tracing != TRACE {
                                return LoopExit::Switch;
                            }
                            load_frame!();
                        }};
                    }
                    // After an inline instruction dropped a value: run the `__del__` of
                    // instances it released (see finalize.rs).
                    macro_rules! finalize {
                        () => {{
                            // The unsafe blocks inside save_frame!/load_frame! are justified
                            // at their definitions.
                            #[allow(clippy::undocumented_unsafe_blocks)]
                            if crate::finalize::pending() {
                                save_frame!();
                                self.run_finalizers();
                                load_frame!();
                            }
                        }};
                    }
                    // SAFETY: jump targets and the fall-through index were verified to stay
                    // inside the instruction array (the last instruction never falls through).
                    if TRACE {
                        // The `call` and `line` events before this instruction.
                        let index = ip_index!();
                        let f = self.frames.last_mut().expect("a running frame");
                        f.sp = sp;
                        f.ip = index;
                        if let Err(e) = self.trace_instruction(index) {
                            // Raised at this instruction.
                            // SAFETY: `ip` points inside the instruction array; the unwinder expects it past this instruction.
                            ip = unsafe { ip.add(1) };
                            break 'dispatch e;
                        }
                        if !self.tracing {
                            return LoopExit::Switch;
                        }
                        load_frame!();
                    }
                    // SAFETY: jump targets and fall-through stay inside the instruction array (verified).
                    let instr = unsafe { *ip };
                    // SAFETY: as above (a live stack slot; an instruction index inside the array).
                    ip = unsafe { ip.add(1) };
                    let (mut op, mut arg) = decode(instr);
                    // Arms finish by leaving the match (or `continue 'dispatch`); only
                    // EXTENDED_ARG loops, to run the next instruction with the wide argument
                    // (so the common case pays no test for it).
                    'exec: loop {
                        match op {
                            Op::ExtendedArg => {
                                // SAFETY: verified: EXTENDED_ARG is never the last instruction.
                                let next = unsafe { *ip };
                                ip = unsafe { ip.add(1) };
                                let (next_op, next_arg) = decode(next);
                                op = next_op;
                                arg = (arg << 24) | next_arg;
                                continue 'exec;
                            }
                            Op::Nop => {}
                            Op::PopTop => {
                                drop(pop!());
                                finalize!();
                            }
                            Op::PushNull => push!(Value::Null),
                            Op::Copy => {
                                let v = peek!(arg as usize).clone();
                                push!(v);
                            }
                            // SAFETY: both slots are live stack entries (verified depth >= arg).
                            Op::Swap => unsafe {
                                ptr::swap(sp.sub(1), sp.sub(arg as usize));
                            },
                            Op::LoadConst => {
                                // SAFETY: verified const index.
                                let consts = &code!().consts;
                                // SAFETY: verified const index.
                                let v = unsafe { consts.get_unchecked(arg as usize) }.clone();
                                push!(v);
                            }
                            Op::LoadFast => {
                                let v = local!(arg as usize);
                                if v.is_null() {
                                    save_frame!();
                                    break 'dispatch self.unbound_local(code!(), arg as usize);
                                }
                                let v = v.clone();
                                push!(v);
                            }
                            Op::StoreFast => {
                                let v = pop!();
                                *local!(arg as usize) = v;
                                finalize!();
                            }
                            Op::LoadClosure => {
                                let v = local!(arg as usize).clone();
                                push!(v);
                            }
                            Op::LoadDeref => {
                                let v = match local!(arg as usize) {
                                    Value::Obj(o) => match &**o {
                                        Object::Cell(c) => c.borrow().clone(),
                                        _ => Value::Null,
                                    },
                                    _ => Value::Null,
                                };
                                if v.is_null() {
                                    save_frame!();
                                    break 'dispatch self.unbound_deref(code!(), arg as usize);
                                }
                                push!(v);
                            }
                            Op::StoreDeref => {
                                let v = pop!();
                                if let Value::Obj(o) = local!(arg as usize) {
                                    if let Object::Cell(c) = &**o {
                                        let old = c.replace(v);
                                        drop(old);
                                    }
                                }
                            }
                            Op::CopyFreeVars => {
                                let f = self.frames.last().expect("frame");
                                let closure =
                                    f.func.as_ref().and_then(|func| func.as_function().and_then(|f| f.closure.clone()));
                                if let Some(closure) = closure {
                                    let cells = closure.as_tuple().expect("closure tuple");
                                    let n = code!().nlocalsplus;
                                    let count = (arg as usize).min(cells.len());
                                    for (i, cell) in cells[..count].iter().enumerate() {
                                        *local!(n - count + i) = cell.clone();
                                    }
                                }
                            }
                            Op::LoadGlobal => {
                                let v = self.load_global_cached(code!(), arg as usize);
                                match v {
                                    Some(v) => push!(v),
                                    None => cold!(op, arg),
                                }
                            }
                            Op::BinaryOp => {
                                let bop = BinaryOp::from_arg(arg).map_or(BinaryOp::Add, |(op, _)| op);
                                let fast = match (peek!(2), peek!(1)) {
                                    (Value::Int(a), Value::Int(b)) => int_fast(*a, *b, bop),
                                    (Value::Float(a), Value::Float(b)) => float_fast(*a, *b, bop),
                                    _ => None,
                                };
                                if let Some(v) = fast {
                                    // SAFETY: the two operands are live stack entries (verified) and hold ints or floats, which need no drop.
                                    sp = unsafe { sp.sub(1) };
                                    // The operands were ints/floats: nothing to drop.
                                    // SAFETY: as above (a live stack slot; an instruction index inside the array).
                                    unsafe { write_value(sp.sub(1), v) };
                                    continue 'dispatch;
                                }
                                cold!(op, arg);
                            }
                            Op::CompareOp => {
                                let cop = CompareOp::from_arg(arg).unwrap_or(CompareOp::Eq);
                                let fast = match (peek!(2), peek!(1)) {
                                    (Value::Int(a), Value::Int(b)) => Some(compare_fast(a, b, cop)),
                                    (Value::Float(a), Value::Float(b)) => Some(compare_fast(a, b, cop)),
                                    _ => None,
                                };
                                if let Some(r) = fast {
                                    // SAFETY: as for BINARY_OP above: two live int/float operands, nothing to drop.
                                    sp = unsafe { sp.sub(1) };
                                    // SAFETY: as above (a live stack slot; an instruction index inside the array).
                                    unsafe { write_value(sp.sub(1), Value::Bool(r)) };
                                    continue 'dispatch;
                                }
                                cold!(op, arg);
                            }
                            Op::IsOp => {
                                let b = pop!();
                                let r = peek!(1).is(&b) != (arg == 1);
                                *top_mut!() = Value::Bool(r);
                            }
                            Op::BinarySubscr => {
                                if let (Value::Obj(o), Value::Int(i)) = (peek!(2), peek!(1)) {
                                    if let Object::List(l) = &**o {
                                        let l = l.borrow();
                                        let i = *i;
                                        let idx = if i < 0 { i + l.len() as i64 } else { i };
                                        if idx >= 0 && (idx as usize) < l.len() {
                                            let v = l[idx as usize].clone();
                                            drop(l);
                                            // SAFETY: the two operands are live; the int key needs no drop and the list is replaced through `top_mut!`.
                                            sp = unsafe { sp.sub(1) };
                                            *top_mut!() = v;
                                            continue 'dispatch;
                                        }
                                    }
                                }
                                cold!(op, arg);
                            }
                            Op::ListAppend => {
                                let v = pop!();
                                if let Value::Obj(o) = peek!(arg as usize) {
                                    if let Object::List(l) = &**o {
                                        l.borrow_mut().push(v);
                                    }
                                }
                            }
                            Op::ForIter => {
                                // Fast paths: list and range iterators.
                                let mut next = None;
                                let mut done = false;
                                if let Value::Obj(o) = peek!(1) {
                                    if let Object::Iter(it) = &**o {
                                        match &it.kind {
                                            IterKind::Seq { seq, index } => {
                                                let seq_ref = seq.borrow();
                                                if let Some(s) = seq_ref.as_ref() {
                                                    if let Object::List(l) = &**s {
                                                        let i = index.get();
                                                        let l = l.borrow();
                                                        if i < l.len() {
                                                            next = Some(l[i].clone());
                                                            index.set(i + 1);
                                                        } else {
                                                            done = true;
                                                        }
                                                    }
                                                }
                                            }
                                            IterKind::Range { next: n, step, remaining } => {
                                                let r = remaining.get();
                                                if r > 0 {
                                                    let v = n.get();
                                                    next = Some(Value::Int(v));
                                                    n.set(v.wrapping_add(*step));
                                                    remaining.set(r - 1);
                                                } else {
                                                    done = true;
                                                }
                                            }
                                            _ => {}
                                        }
                                    }
                                }
                                match next {
                                    Some(v) => push!(v),
                                    None if done => {
                                        drop(pop!());
                                        jump_to!(arg);
                                    }
                                    None => cold!(op, arg),
                                }
                            }
                            Op::JumpForward => jump_to!(arg),
                            Op::JumpBackward => jump_to!(arg),
                            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                                let v = pop!();
                                let t = match v {
                                    Value::Bool(b) => b,
                                    _ => {
                                        save_frame!();
                                        tri!(self.truthy(&v))
                                    }
                                };
                                if t == (op == Op::PopJumpIfTrue) {
                                    jump_to!(arg);
                                }
                            }
                            Op::PopJumpIfNone | Op::PopJumpIfNotNone => {
                                let v = pop!();
                                if v.is_none() == (op == Op::PopJumpIfNone) {
                                    jump_to!(arg);
                                }
                            }
                            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                                let t = match peek!(1) {
                                    Value::Bool(b) => *b,
                                    v => {
                                        let v = v.clone();
                                        save_frame!();
                                        tri!(self.truthy(&v))
                                    }
                                };
                                if t == (op == Op::JumpIfTrueOrPop) {
                                    jump_to!(arg);
                                } else {
                                    drop(pop!());
                                }
                            }
                            Op::Call | Op::CallMethod | Op::CallKw | Op::CallFunctionEx => {
                                if op == Op::Call && self.push_simple_call(sp, arg as usize, ip_index!() as usize) {
                                    load_frame!();
                                    continue 'dispatch;
                                }
                                if op == Op::CallMethod {
                                    // [callable, self-or-NULL, args]: with a self, it is a call
                                    // with one more argument; with NULL, the NULL is dropped.
                                    let argc = arg as usize;
                                    // SAFETY: verified operands.
                                    let self_slot = unsafe { sp.sub(argc + 1) };
                                    if !unsafe { &*self_slot }.is_null() {
                                        if self.push_simple_call(sp, argc + 1, ip_index!() as usize) {
                                            load_frame!();
                                            continue 'dispatch;
                                        }
                                    }
                                }
                                cold!(op, arg);
                            }
                            Op::ReturnValue => {
                                let v = pop!();
                                if TRACE {
                                    save_frame!();
                                    if let Err(e) = self.trace_return(&v) {
                                        break 'dispatch e;
                                    }
                                }
                                // Fast path: back into a caller in this loop, no frame object.
                                let n = self.frames.len();
                                // SAFETY: `frames` is non-empty while the loop runs a frame.
                                let f = unsafe { self.frames.get_unchecked_mut(n - 1) };
                                if !f.is_entry && !f.inline_gen && f.frame_obj.is_none() {
                                    f.sp = sp;
                                    f.clear();
                                    let mark = f.mark;
                                    // SAFETY: the record is the last element; it is dropped in
                                    // place (no copy out of the vector) and then forgotten by
                                    // shortening the vector.
                                    unsafe {
                                        ptr::drop_in_place(f as *mut frame::Frame);
                                        self.frames.set_len(n - 1);
                                    }
                                    self.stack.release(mark);
                                    load_frame!();
                                    push!(v);
                                    finalize!();
                                    continue 'dispatch;
                                }
                                save_frame!();
                                let f = self.frames.last().expect("frame");
                                let is_entry = f.is_entry;
                                if f.inline_gen {
                                    self.return_inline(v);
                                    load_frame!();
                                    continue 'dispatch;
                                }
                                self.pop_frame();
                                if is_entry {
                                    return LoopExit::Done(Ok(v));
                                }
                                load_frame!();
                                push!(v);
                                finalize!();
                            }
                            Op::YieldValue => {
                                // Suspend: the generator takes its record back (see
                                // eval/generator.rs); this loop was entered for it.
                                let v = pop!();
                                save_frame!();
                                if TRACE {
                                    if let Err(e) = self.trace_return(&v) {
                                        break 'dispatch e;
                                    }
                                }
                                if !self.frames.last().expect("frame").is_entry {
                                    // Resumed by FOR_ITER/SEND in this loop: back to it.
                                    self.suspend_inline();
                                    load_frame!();
                                    push!(v);
                                    continue 'dispatch;
                                }
                                self.suspended = self.frames.pop();
                                return LoopExit::Done(Ok(v));
                            }
                            Op::RaiseVarargs => {
                                save_frame!();
                                let cause = if arg == 2 { Some(pop!()) } else { None };
                                let exc = if arg >= 1 { Some(pop!()) } else { None };
                                let (err, is_reraise) = self.do_raise(exc, cause);
                                reraise = is_reraise;
                                break 'dispatch err;
                            }
                            Op::Reraise => {
                                let exc = pop!();
                                if arg > 0 {
                                    if let Value::Int(lasti) = peek!(arg as usize) {
                                        self.frames.last_mut().expect("frame").lasti = *lasti as u32;
                                    }
                                }
                                reraise = true;
                                match exc {
                                    Value::Obj(o) => break 'dispatch PyErr(o),
                                    _ => break 'dispatch self.system_error("RERAISE of a non-exception"),
                                }
                            }
                            // Everything else runs out of line (cold.rs). Listed exhaustively: an
                            // exhaustive match over the opcode enum needs no range check.
                            Op::DeleteFast
                            | Op::MakeCell
                            | Op::DeleteDeref
                            | Op::LoadClassDeref
                            | Op::StoreGlobal
                            | Op::DeleteGlobal
                            | Op::LoadName
                            | Op::StoreName
                            | Op::DeleteName
                            | Op::LoadAttr
                            | Op::LoadMethod
                            | Op::StoreAttr
                            | Op::DeleteAttr
                            | Op::LoadAssertionError
                            | Op::LoadBuildClass
                            | Op::LoadLocals
                            | Op::UnaryNegative
                            | Op::UnaryPositive
                            | Op::UnaryInvert
                            | Op::UnaryNot
                            | Op::ContainsOp
                            | Op::StoreSubscr
                            | Op::DeleteSubscr
                            | Op::BuildSlice
                            | Op::BuildTuple
                            | Op::BuildList
                            | Op::BuildSet
                            | Op::BuildMap
                            | Op::BuildConstKeyMap
                            | Op::BuildString
                            | Op::SetAdd
                            | Op::MapAdd
                            | Op::ListExtend
                            | Op::SetUpdate
                            | Op::DictUpdate
                            | Op::DictMerge
                            | Op::ListToTuple
                            | Op::FormatValue
                            | Op::UnpackSequence
                            | Op::UnpackEx
                            | Op::GetIter
                            | Op::GetYieldFromIter
                            | Op::GetLen
                            | Op::MatchMapping
                            | Op::MatchSequence
                            | Op::MatchKeys
                            | Op::MatchClass
                            | Op::Send
                            | Op::MakeFunction
                            | Op::PushExcInfo
                            | Op::PopExcept
                            | Op::CheckExcMatch
                            | Op::BeforeWith
                            | Op::WithExceptStart
                            | Op::ImportName
                            | Op::ImportFrom
                            | Op::ImportStar
                            | Op::SetupAnnotations
                            | Op::PrintExpr => cold!(op, arg),
                        }
                        break 'exec;
                    }
                }
            };

            // An exception: find a handler in this frame or unwind to the caller.
            let mut err = err;
            loop {
                let index = ip_index!();
                let f = self.frames.last_mut().expect("frame");
                f.sp = sp;
                f.ip = index;
                if !reraise {
                    f.lasti = index - 1;
                    self.record_raise(&err, !thrown);
                    if TRACE {
                        // `throw()`/`close()` resume the generator with an exception:
                        // its `call` event (at the `yield`) comes first.
                        if thrown {
                            if let Err(e) = self.trace_resume_call() {
                                err = e;
                            }
                        }
                        if let Err(e) = self.trace_exception(&err) {
                            err = e;
                        }
                    }
                }
                reraise = false;
                thrown = false;
                // The handler is found from the instruction that raised (RERAISE may have
                // moved `lasti` back to the original raise, for line numbers).
                let f = self.frames.last().expect("frame");
                let lasti = f.lasti;
                let entry = f.code().unit.handler_for(index - 1).copied();
                if let Some(entry) = entry {
                    let nlocals = code!().nlocalsplus;
                    // SAFETY: the handler depth is at most the depth at any instruction
                    // it covers (verified), so the slots above it are live and are dropped.
                    unsafe {
                        let target = fp.add(nlocals + entry.depth as usize);
                        while sp > target {
                            sp = sp.sub(1);
                            ptr::drop_in_place(sp);
                        }
                    }
                    if entry.push_lasti {
                        push!(Value::Int(lasti as i64));
                    }
                    push!(Value::Obj(err.0));
                    jump_to!(entry.target);
                    continue 'frames;
                }
                let (is_entry, inline_gen) = (f.is_entry, f.inline_gen);
                if TRACE {
                    if let Err(e) = self.trace_return(&Value::None) {
                        err = e;
                    }
                }
                self.pop_frame();
                if is_entry {
                    return LoopExit::Done(Err(err));
                }
                if inline_gen {
                    err = self.raise_from_inline(err);
                    // A RuntimeError made from a StopIteration already has its context.
                    thrown = true;
                }
                // The exception now passes through the caller, at its call instruction.
                load_frame!();
            }
        }
    }

    /// The cached value of global name `i`, if the cache is current.
    #[inline(always)]
    fn load_global_cached(&self, code: &Code, i: usize) -> Option<Value> {
        let cache: GlobalCache = code.global_cache[i].get();
        if cache.globals_version == 0 {
            return None;
        }
        let f = self.frames.last().expect("frame");
        let globals = f.globals().as_dict()?;
        if globals.current_version() != cache.globals_version {
            return None;
        }
        let dict = if cache.builtins_version == 0 {
            globals
        } else {
            let builtins = f.builtins().as_dict()?;
            if builtins.current_version() != cache.builtins_version {
                return None;
            }
            builtins
        };
        let table = dict.table.borrow();
        table.value_at(cache.index as usize).cloned()
    }
}
