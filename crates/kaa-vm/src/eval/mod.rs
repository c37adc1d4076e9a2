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

pub mod calls;
pub mod frame;
mod ops;
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
    pub fn run_frame(&mut self) -> Result<Value, PyErr> {
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
        // read initialised values and pushes write to free slots.
        macro_rules! push {
            ($v:expr) => {{
                let v: Value = $v;
                unsafe {
                    write_value(sp, v);
                    sp = sp.add(1);
                }
            }};
        }
        macro_rules! pop {
            () => {
                unsafe {
                    sp = sp.sub(1);
                    read_value(sp)
                }
            };
        }
        macro_rules! peek {
            ($n:expr) => {
                unsafe { &*sp.sub($n) }
            };
        }
        macro_rules! top_mut {
            () => {
                unsafe { &mut *sp.sub(1) }
            };
        }
        // SAFETY (local!): slot indexes were verified to be < nlocalsplus.
        macro_rules! local {
            ($i:expr) => {
                unsafe { &mut *fp.add($i) }
            };
        }
        load_frame!();
        let mut reraise = false;
        'frames: loop {
            let err: PyErr = 'dispatch: loop {
                macro_rules! tri {
                    ($e:expr) => {
                        match $e {
                            Ok(v) => v,
                            Err(e) => break 'dispatch e,
                        }
                    };
                }
                // SAFETY: jump targets and the fall-through index were verified to stay
                // inside the instruction array (the last instruction never falls through).
                let instr = unsafe { *ip };
                ip = unsafe { ip.add(1) };
                let (mut op, mut arg) = decode(instr);
                if op == Op::ExtendedArg {
                    // SAFETY: verified: EXTENDED_ARG is never the last instruction.
                    let next = unsafe { *ip };
                    ip = unsafe { ip.add(1) };
                    let (next_op, next_arg) = decode(next);
                    op = next_op;
                    arg = (arg << 24) | next_arg;
                }
                match op {
                    Op::Nop | Op::ExtendedArg => {}
                    Op::PopTop => drop(pop!()),
                    Op::PushNull => push!(Value::Null),
                    Op::Copy => {
                        let v = peek!(arg as usize).clone();
                        push!(v);
                    }
                    Op::Swap => unsafe {
                        // SAFETY: both slots are live stack entries (verified depth >= arg).
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
                    }
                    Op::DeleteFast => {
                        let slot = local!(arg as usize);
                        if slot.is_null() {
                            save_frame!();
                            break 'dispatch self.unbound_local(code!(), arg as usize);
                        }
                        drop(slot.take());
                    }
                    Op::MakeCell => {
                        let slot = local!(arg as usize);
                        let v = slot.take();
                        *slot = Value::from_obj(Object::Cell(std::cell::RefCell::new(v)));
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
                    Op::DeleteDeref => {
                        let old = match local!(arg as usize) {
                            Value::Obj(o) => match &**o {
                                Object::Cell(c) => c.replace(Value::Null),
                                _ => Value::Null,
                            },
                            _ => Value::Null,
                        };
                        if old.is_null() {
                            save_frame!();
                            break 'dispatch self.unbound_deref(code!(), arg as usize);
                        }
                        drop(old);
                    }
                    Op::LoadClassDeref => {
                        save_frame!();
                        let v = tri!(self.load_class_deref(code!(), arg as usize, fp));
                        push!(v);
                    }
                    Op::CopyFreeVars => {
                        let f = self.frames.last().expect("frame");
                        let closure = f.func.as_ref().and_then(|func| func.as_function().and_then(|f| f.closure.clone()));
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
                        let v = match v {
                            Some(v) => v,
                            None => {
                                save_frame!();
                                tri!(self.load_global_slow(code!(), arg as usize))
                            }
                        };
                        push!(v);
                    }
                    Op::StoreGlobal => {
                        let v = pop!();
                        save_frame!();
                        tri!(self.store_global(code!(), arg as usize, v));
                    }
                    Op::DeleteGlobal => {
                        save_frame!();
                        tri!(self.delete_global(code!(), arg as usize));
                    }
                    Op::LoadName => {
                        save_frame!();
                        let v = tri!(self.load_name(code!(), arg as usize));
                        push!(v);
                    }
                    Op::StoreName => {
                        let v = pop!();
                        save_frame!();
                        tri!(self.store_name(code!(), arg as usize, v));
                    }
                    Op::DeleteName => {
                        save_frame!();
                        tri!(self.delete_name(code!(), arg as usize));
                    }
                    Op::LoadAttr => {
                        save_frame!();
                        let name = code!().names[arg as usize].clone();
                        let obj = peek!(1).clone();
                        let v = tri!(self.getattr(&obj, &name));
                        *top_mut!() = v;
                    }
                    Op::LoadMethod => {
                        save_frame!();
                        let name = code!().names[arg as usize].clone();
                        let obj = peek!(1).clone();
                        let (callable, unbound) = tri!(self.get_method(&obj, &name));
                        if unbound {
                            *top_mut!() = callable;
                            push!(obj);
                        } else {
                            *top_mut!() = callable;
                            push!(Value::Null);
                        }
                    }
                    Op::StoreAttr => {
                        save_frame!();
                        let name = code!().names[arg as usize].clone();
                        let obj = pop!();
                        let v = pop!();
                        tri!(self.setattr(&obj, &name, Some(v)));
                    }
                    Op::DeleteAttr => {
                        save_frame!();
                        let name = code!().names[arg as usize].clone();
                        let obj = pop!();
                        tri!(self.setattr(&obj, &name, None));
                    }
                    Op::LoadAssertionError => push!(Value::Obj(self.exc.assertion_error.clone())),
                    Op::LoadBuildClass => {
                        save_frame!();
                        let v = tri!(self.load_build_class());
                        push!(v);
                    }
                    Op::LoadLocals => {
                        let locals = self.frames.last().and_then(|f| f.locals.clone());
                        match locals {
                            Some(l) => push!(l),
                            None => {
                                save_frame!();
                                break 'dispatch self.system_error("no locals found");
                            }
                        }
                    }
                    Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert | Op::UnaryNot => {
                        let top = top_mut!();
                        if op == Op::UnaryNot {
                            if let Value::Bool(b) = top {
                                *top = Value::Bool(!*b);
                                continue;
                            }
                        }
                        save_frame!();
                        let v = tri!(self.unary_op(peek!(1), op));
                        *top_mut!() = v;
                    }
                    Op::BinaryOp => {
                        let (bop, inplace) = BinaryOp::from_arg(arg).unwrap_or((BinaryOp::Add, false));
                        let fast = match (peek!(2), peek!(1)) {
                            (Value::Int(a), Value::Int(b)) => int_fast(*a, *b, bop),
                            (Value::Float(a), Value::Float(b)) => float_fast(*a, *b, bop),
                            _ => None,
                        };
                        if let Some(v) = fast {
                            sp = unsafe { sp.sub(1) };
                            // The operands were ints/floats: nothing to drop.
                            unsafe { write_value(sp.sub(1), v) };
                            continue;
                        }
                        save_frame!();
                        let v = tri!(self.binary_op_slow(peek!(2), peek!(1), bop, inplace));
                        drop(pop!());
                        *top_mut!() = v;
                    }
                    Op::CompareOp => {
                        let cop = CompareOp::from_arg(arg).unwrap_or(CompareOp::Eq);
                        let fast = match (peek!(2), peek!(1)) {
                            (Value::Int(a), Value::Int(b)) => Some(match cop {
                                CompareOp::Lt => a < b,
                                CompareOp::Le => a <= b,
                                CompareOp::Eq => a == b,
                                CompareOp::Ne => a != b,
                                CompareOp::Gt => a > b,
                                CompareOp::Ge => a >= b,
                            }),
                            (Value::Float(a), Value::Float(b)) => Some(match cop {
                                CompareOp::Lt => a < b,
                                CompareOp::Le => a <= b,
                                CompareOp::Eq => a == b,
                                CompareOp::Ne => a != b,
                                CompareOp::Gt => a > b,
                                CompareOp::Ge => a >= b,
                            }),
                            _ => None,
                        };
                        if let Some(r) = fast {
                            sp = unsafe { sp.sub(1) };
                            unsafe { write_value(sp.sub(1), Value::Bool(r)) };
                            continue;
                        }
                        save_frame!();
                        let v = tri!(self.rich_compare(peek!(2), peek!(1), cop));
                        drop(pop!());
                        *top_mut!() = v;
                    }
                    Op::IsOp => {
                        let b = pop!();
                        let r = peek!(1).is(&b) != (arg == 1);
                        *top_mut!() = Value::Bool(r);
                    }
                    Op::ContainsOp => {
                        save_frame!();
                        let r = tri!(self.contains(peek!(1), peek!(2)));
                        drop(pop!());
                        *top_mut!() = Value::Bool(r != (arg == 1));
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
                                    sp = unsafe { sp.sub(1) };
                                    *top_mut!() = v;
                                    continue;
                                }
                            }
                        }
                        save_frame!();
                        let v = tri!(self.getitem(peek!(2), peek!(1)));
                        drop(pop!());
                        *top_mut!() = v;
                    }
                    Op::StoreSubscr => {
                        save_frame!();
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        tri!(self.setitem(&container, key, v));
                    }
                    Op::DeleteSubscr => {
                        save_frame!();
                        let key = pop!();
                        let container = pop!();
                        tri!(self.delitem(&container, &key));
                    }
                    Op::BuildSlice => {
                        let step = if arg == 3 { pop!() } else { Value::None };
                        let stop = pop!();
                        let start = pop!();
                        push!(Value::from_obj(Object::Slice(Box::new(crate::objects::slice::SliceObj { start, stop, step }))));
                    }
                    Op::BuildTuple | Op::BuildList => {
                        let n = arg as usize;
                        let mut items = Vec::with_capacity(n);
                        // SAFETY: the top n slots are live; they are moved into `items` and
                        // `sp` is lowered past them so they are not dropped twice.
                        unsafe {
                            sp = sp.sub(n);
                            for i in 0..n {
                                items.push(ptr::read(sp.add(i)));
                            }
                        }
                        let v = if op == Op::BuildTuple {
                            self.tuple_val(items)
                        } else {
                            Value::Obj(self.new_list(items))
                        };
                        push!(v);
                    }
                    Op::BuildSet | Op::BuildMap | Op::BuildConstKeyMap | Op::BuildString => {
                        save_frame!();
                        let n = match op {
                            Op::BuildMap => 2 * arg as usize,
                            Op::BuildConstKeyMap => arg as usize + 1,
                            _ => arg as usize,
                        };
                        // SAFETY: the top n slots are live stack entries.
                        let items = unsafe { std::slice::from_raw_parts(sp.sub(n), n) };
                        let v = tri!(self.build_collection(op, items));
                        for _ in 0..n {
                            drop(pop!());
                        }
                        push!(v);
                    }
                    Op::ListAppend => {
                        let v = pop!();
                        if let Value::Obj(o) = peek!(arg as usize) {
                            if let Object::List(l) = &**o {
                                l.borrow_mut().push(v);
                            }
                        }
                    }
                    Op::SetAdd | Op::MapAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => {
                        save_frame!();
                        let n = if op == Op::MapAdd { 2 } else { 1 };
                        let target = peek!(arg as usize + n).clone();
                        // The callee of a `f(**a, **b)` call sits below [NULL, args, dict].
                        let callee = if op == Op::DictMerge { Some(peek!(arg as usize + 4).clone()) } else { None };
                        // SAFETY: the top n slots are live.
                        let items = unsafe { std::slice::from_raw_parts(sp.sub(n), n) };
                        tri!(self.collection_add(op, &target, items, callee.as_ref()));
                        for _ in 0..n {
                            drop(pop!());
                        }
                    }
                    Op::ListToTuple => {
                        let items = match peek!(1) {
                            Value::Obj(o) => match &**o {
                                Object::List(l) => std::mem::take(&mut *l.borrow_mut()),
                                _ => Vec::new(),
                            },
                            _ => Vec::new(),
                        };
                        *top_mut!() = self.tuple_val(items);
                    }
                    Op::FormatValue => {
                        save_frame!();
                        let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                        let v = tri!(self.format_value(peek!(1), arg & 3, spec.as_ref()));
                        *top_mut!() = v;
                    }
                    Op::UnpackSequence | Op::UnpackEx => {
                        save_frame!();
                        let seq = pop!();
                        let items = tri!(self.unpack(&seq, op, arg));
                        for v in items.into_iter().rev() {
                            push!(v);
                        }
                    }
                    Op::GetIter => {
                        save_frame!();
                        let v = tri!(self.get_iter(peek!(1)));
                        *top_mut!() = v;
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
                        if next.is_none() && !done {
                            save_frame!();
                            let it = peek!(1).clone();
                            match tri!(self.next(&it)) {
                                Some(v) => next = Some(v),
                                None => done = true,
                            }
                        }
                        match next {
                            Some(v) => push!(v),
                            None => {
                                drop(pop!());
                                jump_to!(arg);
                            }
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
                            continue;
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
                                    continue;
                                }
                            }
                        }
                        save_frame!();
                        let outcome = tri!(self.call_instruction(op, arg, sp));
                        // The call consumed its operands; the frame record has the new sp.
                        match outcome {
                            CallOutcome::Pushed => {
                                load_frame!();
                            }
                            CallOutcome::Done(v) => {
                                sp = self.frames.last().expect("frame").sp;
                                push!(v);
                            }
                        }
                    }
                    Op::MakeFunction => {
                        let code_obj = pop!();
                        let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                        let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                        let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                        let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                        save_frame!();
                        let v = tri!(self.make_function(code_obj, defaults, kwdefaults, annotations, closure));
                        push!(v);
                    }
                    Op::ReturnValue => {
                        let v = pop!();
                        // Fast path: back into a caller in this loop, no frame object.
                        let n = self.frames.len();
                        // SAFETY: `frames` is non-empty while the loop runs a frame.
                        let f = unsafe { self.frames.get_unchecked_mut(n - 1) };
                        if !f.is_entry && f.frame_obj.is_none() {
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
                            continue;
                        }
                        save_frame!();
                        let is_entry = self.frames.last().expect("frame").is_entry;
                        self.pop_frame();
                        if is_entry {
                            return Ok(v);
                        }
                        load_frame!();
                        push!(v);
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
                    Op::PushExcInfo => {
                        let exc = pop!();
                        let prev = match self.handled.take() {
                            Some(e) => Value::Obj(e),
                            None => Value::None,
                        };
                        if let Value::Obj(o) = &exc {
                            self.handled = Some(o.clone());
                        }
                        push!(prev);
                        push!(exc);
                    }
                    Op::PopExcept => {
                        let prev = pop!();
                        self.handled = match prev {
                            Value::Obj(o) => Some(o),
                            _ => None,
                        };
                    }
                    Op::CheckExcMatch => {
                        save_frame!();
                        let ty = pop!();
                        let r = tri!(self.exception_matches(peek!(1), &ty));
                        push!(Value::Bool(r));
                    }
                    Op::BeforeWith => {
                        save_frame!();
                        let mgr = pop!();
                        let (exit, entered) = tri!(self.before_with(&mgr));
                        push!(exit);
                        push!(entered);
                    }
                    Op::WithExceptStart => {
                        save_frame!();
                        let exit = peek!(4).clone();
                        let exc = peek!(1).clone();
                        let v = tri!(self.with_except_start(&exit, &exc));
                        push!(v);
                    }
                    Op::ImportName => {
                        save_frame!();
                        let fromlist = pop!();
                        let level = pop!();
                        let name = code!().names[arg as usize].clone();
                        let v = tri!(self.import_name(&name, &fromlist, &level));
                        push!(v);
                    }
                    Op::ImportFrom => {
                        save_frame!();
                        let name = code!().names[arg as usize].clone();
                        let module = peek!(1).clone();
                        let v = tri!(self.import_from(&module, &name));
                        push!(v);
                    }
                    Op::ImportStar => {
                        save_frame!();
                        let module = pop!();
                        tri!(self.import_star(&module));
                    }
                    Op::SetupAnnotations => {
                        save_frame!();
                        tri!(self.setup_annotations());
                    }
                    Op::PrintExpr => {
                        save_frame!();
                        let v = pop!();
                        tri!(self.print_expr(v));
                    }
                }
            };

            // An exception: find a handler in this frame or unwind to the caller.
            let err = err;
            loop {
                let index = ip_index!();
                let f = self.frames.last_mut().expect("frame");
                f.sp = sp;
                f.ip = index;
                if !reraise {
                    f.lasti = index - 1;
                    self.record_raise(&err);
                }
                reraise = false;
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
                let is_entry = f.is_entry;
                self.pop_frame();
                if is_entry {
                    return Err(err);
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
        let globals = f.globals.as_dict()?;
        if globals.current_version() != cache.globals_version {
            return None;
        }
        let dict = if cache.builtins_version == 0 {
            globals
        } else {
            let builtins = f.builtins.as_dict()?;
            if builtins.current_version() != cache.builtins_version {
                return None;
            }
            builtins
        };
        let table = dict.table.borrow();
        table.value_at(cache.index as usize).cloned()
    }
}
