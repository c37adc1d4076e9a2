//! Instructions executed outside the dispatch loop: everything but the hot, short
//! instructions, and the generic (slow) paths of the hot ones.
//!
//! Keeping these bodies out of `run_frame` keeps the loop small enough for the compiler
//! to hold the instruction, stack and locals pointers in registers (with every
//! instruction inline, they were spilled to memory and reloaded on each dispatch).
//! The loop saves the running frame's state into its record before calling
//! [`Vm::exec_cold`] and reloads it afterwards, so these bodies work on the record:
//! they pop and push through a local stack pointer that is written back on return,
//! jump by setting the record's instruction index, and may push a new frame (a call),
//! which the loop then runs.

use std::ptr;

use kaa_bytecode::{BinaryOp, CompareOp, Op};

use super::CallOutcome;
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::code::Code;
use crate::value::{read_value, write_value, Value};
use crate::vm::Vm;

impl Vm {
    /// Runs one instruction of the frame on top of the frame stack, whose record holds
    /// the current stack pointer and the index of the next instruction.
    #[inline(never)]
    pub(super) fn exec_cold(&mut self, op: Op, arg: u32) -> PyResult<()> {
        let f = self.frames.last().expect("a running frame");
        let code: *const Code = f.code();
        let fp = f.base;
        let mut sp = f.sp;
        // SAFETY (code!): the frame record keeps its code object alive while it runs.
        macro_rules! code {
            () => {{
                #[allow(unused_unsafe)]
                let c: &Code = unsafe { &*code };
                c
            }};
        }
        // SAFETY (stack macros): as in the loop, the verifier proved the stack depth of
        // every instruction stays within the frame's block, and slot indexes within
        // its localsplus.
        stack_macros!($, sp, fp);
        // Writes the stack pointer back to the record of this frame.
        macro_rules! finish {
            () => {
                self.frames.last_mut().expect("a running frame").sp = sp
            };
        }
        macro_rules! done {
            () => {{
                finish!();
                return Ok(());
            }};
        }
        macro_rules! fail {
            ($e:expr) => {{
                let e = $e;
                finish!();
                return Err(e);
            }};
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => fail!(e),
                }
            };
        }
        macro_rules! jump_to {
            ($target:expr) => {
                self.frames.last_mut().expect("a running frame").ip = $target
            };
        }
        match op {
            Op::LoadGlobal => {
                let v = tri!(self.load_global_slow(code!(), arg as usize));
                push!(v);
            }
            Op::BinaryOp => {
                let (bop, inplace) = BinaryOp::from_arg(arg).unwrap_or((BinaryOp::Add, false));
                let v = tri!(self.binary_op_slow(peek!(2), peek!(1), bop, inplace));
                drop(pop!());
                *top_mut!() = v;
            }
            Op::CompareOp => {
                let cop = CompareOp::from_arg(arg).unwrap_or(CompareOp::Eq);
                let v = tri!(self.rich_compare(peek!(2), peek!(1), cop));
                drop(pop!());
                *top_mut!() = v;
            }
            Op::BinarySubscr => {
                let v = tri!(self.getitem(peek!(2), peek!(1)));
                drop(pop!());
                *top_mut!() = v;
            }
            Op::ForIter => {
                let it = peek!(1).clone();
                if let Value::Obj(g) = &it {
                    // A generator runs in this loop: push its frame and let the loop go on.
                    if g.as_generator().is_some() {
                        finish!();
                        if self.resume_inline(g, Value::None) {
                            return Ok(());
                        }
                    }
                }
                match tri!(self.next(&it)) {
                    Some(v) => push!(v),
                    None => {
                        drop(pop!());
                        jump_to!(arg);
                    }
                }
            }
            Op::Call | Op::CallMethod | Op::CallKw | Op::CallFunctionEx => {
                // The call consumes its operands and records the caller's new stack top.
                match self.call_instruction(op, arg, sp)? {
                    CallOutcome::Pushed => return Ok(()),
                    CallOutcome::Done(v) => {
                        sp = self.frames.last().expect("a running frame").sp;
                        push!(v);
                    }
                }
            }
            Op::DeleteFast => {
                let slot = local!(arg as usize);
                if slot.is_null() {
                    fail!(self.unbound_local(code!(), arg as usize));
                }
                drop(slot.take());
            }
            Op::MakeCell => {
                let slot = local!(arg as usize);
                let v = slot.take();
                *slot = Value::from_obj(Object::Cell(std::cell::RefCell::new(v)));
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
                    fail!(self.unbound_deref(code!(), arg as usize));
                }
                drop(old);
            }
            Op::LoadClassDeref => {
                let v = tri!(self.load_class_deref(code!(), arg as usize, fp));
                push!(v);
            }
            Op::StoreGlobal => {
                let v = pop!();
                tri!(self.store_global(code!(), arg as usize, v));
            }
            Op::DeleteGlobal => {
                tri!(self.delete_global(code!(), arg as usize));
            }
            Op::LoadName => {
                let v = tri!(self.load_name(code!(), arg as usize));
                push!(v);
            }
            Op::StoreName => {
                let v = pop!();
                tri!(self.store_name(code!(), arg as usize, v));
            }
            Op::DeleteName => {
                tri!(self.delete_name(code!(), arg as usize));
            }
            Op::LoadAttr => {
                let index = self.frames.last().expect("a running frame").ip as usize - 1;
                let name = &code!().names[arg as usize];
                match self.cached_load_attr(code!(), index, peek!(1), name) {
                    Some(v) => *top_mut!() = v,
                    None => {
                        let name = name.clone();
                        let obj = peek!(1).clone();
                        let v = tri!(self.getattr(&obj, &name));
                        self.fill_attr_cache(code!(), index, &obj, &name, false);
                        *top_mut!() = v;
                    }
                }
            }
            Op::LoadMethod => {
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
                let index = self.frames.last().expect("a running frame").ip as usize - 1;
                let obj = pop!();
                let v = pop!();
                let name = &code!().names[arg as usize];
                if let Err(v) = self.cached_store_attr(code!(), index, &obj, name, v) {
                    let name = name.clone();
                    tri!(self.setattr(&obj, &name, Some(v)));
                    self.fill_attr_cache(code!(), index, &obj, &name, true);
                }
            }
            Op::DeleteAttr => {
                let name = code!().names[arg as usize].clone();
                let obj = pop!();
                tri!(self.setattr(&obj, &name, None));
            }
            Op::LoadAssertionError => push!(Value::Obj(self.exc.assertion_error.clone())),
            Op::LoadBuildClass => {
                let v = tri!(self.load_build_class());
                push!(v);
            }
            Op::LoadLocals => {
                let locals = self.frames.last().and_then(|f| f.locals.clone());
                match locals {
                    Some(l) => push!(l),
                    None => {
                        fail!(self.system_error("no locals found"));
                    }
                }
            }
            Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert | Op::UnaryNot => {
                let top = top_mut!();
                if op == Op::UnaryNot {
                    if let Value::Bool(b) = top {
                        *top = Value::Bool(!*b);
                        done!();
                    }
                }
                let v = tri!(self.unary_op(peek!(1), op));
                *top_mut!() = v;
            }
            Op::ContainsOp => {
                let r = tri!(self.contains(peek!(1), peek!(2)));
                drop(pop!());
                *top_mut!() = Value::Bool(r != (arg == 1));
            }
            Op::StoreSubscr => {
                let key = pop!();
                let container = pop!();
                let v = pop!();
                tri!(self.setitem(&container, key, v));
            }
            Op::DeleteSubscr => {
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
                let v = if op == Op::BuildTuple { self.tuple_val(items) } else { Value::Obj(self.new_list(items)) };
                push!(v);
            }
            Op::BuildSet | Op::BuildMap | Op::BuildConstKeyMap | Op::BuildString => {
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
            Op::SetAdd | Op::MapAdd | Op::ListExtend | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => {
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
                let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                let v = tri!(self.format_value(peek!(1), arg & 3, spec.as_ref()));
                *top_mut!() = v;
            }
            Op::UnpackSequence | Op::UnpackEx => {
                let seq = pop!();
                let items = tri!(self.unpack(&seq, op, arg));
                for v in items.into_iter().rev() {
                    push!(v);
                }
            }
            Op::GetIter => {
                let v = tri!(self.get_iter(peek!(1)));
                *top_mut!() = v;
            }
            Op::GetLen => {
                let n = tri!(self.len(peek!(1)));
                push!(Value::Int(n as i64));
            }
            Op::MatchMapping => {
                let r = self.is_match_mapping(peek!(1));
                push!(Value::Bool(r));
            }
            Op::MatchSequence => {
                let r = self.is_match_sequence(peek!(1));
                push!(Value::Bool(r));
            }
            Op::MatchKeys => {
                let v = tri!(self.match_keys(peek!(2), peek!(1)));
                push!(v);
            }
            Op::MatchClass => {
                let v = tri!(self.match_class(peek!(3), peek!(2), arg as usize, peek!(1)));
                drop(pop!());
                drop(pop!());
                *top_mut!() = v;
            }
            Op::GetYieldFromIter => {
                let is_gen = matches!(peek!(1), Value::Obj(o) if o.as_generator().is_some());
                if !is_gen {
                    let v = tri!(self.get_iter(peek!(1)));
                    *top_mut!() = v;
                }
            }
            Op::Send => {
                let value = pop!();
                let delegate = peek!(1).clone();
                if let Value::Obj(g) = &delegate {
                    if g.as_generator().is_some() {
                        finish!();
                        if self.resume_inline(g, value.clone()) {
                            return Ok(());
                        }
                    }
                }
                match tri!(self.send_to_delegate(&delegate, value)) {
                    super::generator::GenResult::Yielded(v) => push!(v),
                    super::generator::GenResult::Returned(v) => {
                        *top_mut!() = v;
                        jump_to!(arg);
                    }
                }
            }
            Op::MakeFunction => {
                let code_obj = pop!();
                let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                let v = tri!(self.make_function(code_obj, defaults, kwdefaults, annotations, closure));
                push!(v);
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
                let ty = pop!();
                let r = tri!(self.exception_matches(peek!(1), &ty));
                push!(Value::Bool(r));
            }
            Op::BeforeWith => {
                let mgr = pop!();
                let (exit, entered) = tri!(self.before_with(&mgr));
                push!(exit);
                push!(entered);
            }
            Op::WithExceptStart => {
                let exit = peek!(4).clone();
                let exc = peek!(1).clone();
                let v = tri!(self.with_except_start(&exit, &exc));
                push!(v);
            }
            Op::ImportName => {
                let fromlist = pop!();
                let level = pop!();
                let name = code!().names[arg as usize].clone();
                let v = tri!(self.import_name(&name, &fromlist, &level));
                push!(v);
            }
            Op::ImportFrom => {
                let name = code!().names[arg as usize].clone();
                let module = peek!(1).clone();
                let v = tri!(self.import_from(&module, &name));
                push!(v);
            }
            Op::ImportStar => {
                let module = pop!();
                tri!(self.import_star(&module));
            }
            Op::SetupAnnotations => {
                tri!(self.setup_annotations());
            }
            Op::PrintExpr => {
                let v = pop!();
                tri!(self.print_expr(v));
            }
            _ => unreachable!("{} runs in the dispatch loop", op.name()),
        }
        finish!();
        Ok(())
    }
}
