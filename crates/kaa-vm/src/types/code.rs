//! `code`, `cell`, `frame`, `traceback` and `module`: the execution-model objects and
//! their attributes (`co_*`, `cell_contents`, `f_*`, `tb_*`).

use std::cell::RefCell;
use std::rc::Rc;

use super::{add_getset, add_member, add_method, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::objects::code::Code;
use crate::objects::frame::FrameState;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn code_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Code> {
    match v {
        Value::Obj(o) if o.as_code().is_some() => Ok(o.as_code().expect("code")),
        _ => Err(vm.type_error("descriptor requires a 'code' object")),
    }
}

fn names_tuple(vm: &mut Vm, names: &[Rc<str>]) -> Value {
    let items = names.iter().map(|n| Value::Obj(vm.intern(n))).collect();
    vm.tuple_val(items)
}

fn bytes(v: Vec<u8>) -> Value {
    Value::from_obj(Object::Bytes(v.into_boxed_slice()))
}

const INSTRUCTION_BYTES: i64 = crate::objects::code::INSTRUCTION_BYTES as i64;

/// `co_code`: each instruction word, little-endian.
fn code_bytes(c: &Code) -> Vec<u8> {
    c.instrs.iter().flat_map(|i| i.0.to_le_bytes()).collect()
}

/// Runs of (start byte, end byte, line) for `co_lines()`.
fn line_runs(c: &Code) -> Vec<(usize, usize, Option<u32>)> {
    let mut runs: Vec<(usize, usize, Option<u32>)> = Vec::new();
    for (i, p) in c.unit.positions.iter().enumerate() {
        let line = (p.line != 0).then_some(p.line);
        match runs.last_mut() {
            Some(last) if last.2 == line => last.1 = (i + 1) * 4,
            _ => runs.push((i * 4, (i + 1) * 4, line)),
        }
    }
    runs
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.code.clone();
    set_doc(vm, &t, "Create a code object.  Not for the faint of heart.");
    macro_rules! co {
        ($name:literal, |$vm:ident, $c:ident| $body:expr) => {
            add_member(
                vm,
                &t,
                $name,
                |$vm, v| {
                    let $c = code_of($vm, v)?;
                    Ok($body)
                },
                None,
            );
        };
    }
    co!("co_argcount", |vm, c| Value::Int(c.unit.argcount as i64));
    co!("co_posonlyargcount", |vm, c| Value::Int(c.unit.posonlyargcount as i64));
    co!("co_kwonlyargcount", |vm, c| Value::Int(c.unit.kwonlyargcount as i64));
    co!("co_nlocals", |vm, c| Value::Int(c.unit.nlocals() as i64));
    co!("co_stacksize", |vm, c| Value::Int(c.unit.stacksize as i64));
    co!("co_flags", |vm, c| Value::Int(c.unit.flags as i64));
    co!("co_firstlineno", |vm, c| Value::Int(c.unit.firstlineno as i64));
    co!("co_varnames", |vm, c| names_tuple(vm, &c.unit.varnames));
    co!("co_cellvars", |vm, c| names_tuple(vm, &c.unit.cellvars));
    co!("co_freevars", |vm, c| names_tuple(vm, &c.unit.freevars));
    co!("co_names", |vm, c| names_tuple(vm, &c.unit.names));
    co!("co_consts", |vm, c| vm.tuple_val(c.consts.to_vec()));
    co!("co_filename", |vm, c| Value::Obj(c.filename.clone()));
    co!("co_name", |vm, c| Value::Obj(c.name.clone()));
    co!("co_qualname", |vm, c| Value::Obj(c.qualname.clone()));
    co!("co_code", |vm, c| bytes(code_bytes(c)));
    co!("_co_code_adaptive", |vm, c| bytes(code_bytes(c)));
    co!("co_linetable", |vm, c| bytes(c.unit.positions.iter().flat_map(|p| p.line.to_le_bytes()).collect()));
    co!("co_lnotab", |vm, c| {
        // Pairs of (byte increment, line increment), as the pre-3.10 format.
        let mut out = Vec::new();
        let mut prev_line = c.unit.firstlineno as i64;
        let mut prev_start = 0usize;
        for (start, _, line) in line_runs(c) {
            let Some(line) = line else { continue };
            let (mut db, mut dl) = (start - prev_start, line as i64 - prev_line);
            while db > 255 {
                out.extend([255u8, 0]);
                db -= 255;
            }
            while !(-128..=127).contains(&dl) {
                let step = dl.clamp(-128, 127);
                out.extend([db as u8, step as i8 as u8]);
                db = 0;
                dl -= step;
            }
            if db != 0 || dl != 0 {
                out.extend([db as u8, dl as i8 as u8]);
            }
            prev_start = start;
            prev_line = line as i64;
        }
        bytes(out)
    });
    co!("co_exceptiontable", |vm, c| bytes(
        c.unit
            .exception_table
            .iter()
            .flat_map(|e| [e.start, e.end, e.target, e.depth * 2 + e.push_lasti as u32])
            .flat_map(|x| x.to_le_bytes())
            .collect()
    ));
    add_method(vm, &t, "co_lines", |vm, a| {
        let c = code_of(vm, &a.args[0])?;
        let items: Vec<Value> = line_runs(c)
            .into_iter()
            .map(|(s, e, l)| {
                vm.tuple_val(vec![
                    Value::Int(s as i64),
                    Value::Int(e as i64),
                    l.map(|l| Value::Int(l as i64)).unwrap_or(Value::None),
                ])
            })
            .collect();
        let list = Value::Obj(vm.new_list(items));
        vm.get_iter(&list)
    });
    add_method(vm, &t, "co_positions", |vm, a| {
        let c = code_of(vm, &a.args[0])?;
        let opt = |x: u32, present: bool| if present { Value::Int(x as i64) } else { Value::None };
        // One entry per 2-byte code unit, as in CPython (where an instruction's CACHE
        // entries repeat its position), so `positions[offset // 2]` finds the instruction
        // at a `dis` offset or an `f_lasti`.
        let items: Vec<Value> = c
            .unit
            .positions
            .iter()
            .flat_map(|p| {
                let has = p.line != 0;
                let t =
                    vm.tuple_val(vec![opt(p.line, has), opt(p.end_line, has), opt(p.col, has), opt(p.end_col, has)]);
                std::iter::repeat_n(t, (INSTRUCTION_BYTES / 2) as usize)
            })
            .collect();
        let list = Value::Obj(vm.new_list(items));
        vm.get_iter(&list)
    });
    add_method(vm, &t, "_varname_from_oparg", |vm, a| {
        let pos = vm.check_positional("_varname_from_oparg", &a, 2, 2)?;
        let c = code_of(vm, &pos[0])?;
        let i = vm.to_index(&pos[1])?;
        match c.localsplus_names.get(i as usize) {
            Some(n) => Ok(Value::Obj(n.clone())),
            None => Err(vm.index_error("tuple index out of range")),
        }
    });
    add_method(vm, &t, "replace", code_replace);
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    super::set_constructor(&t, |vm, _ty, a| {
        let n = a.pos().len();
        if n < 16 {
            return Err(vm.type_error(format!("code expected at least 16 arguments, got {n}")));
        }
        Err(vm.type_error("code() constructor is not supported; use compile()"))
    });

    init_cell(vm);
    init_frame(vm);
    init_traceback(vm);
    init_module(vm);
}

/// `code.replace(**changes)`: a copy with renamed or re-described parts. Fields that
/// would change the instructions' meaning are refused.
fn code_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = code_of(vm, &a.args[0])?;
    if a.pos().len() > 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let mut unit = (*c.unit).clone();
    let mut new_consts: Option<Vec<Value>> = None;
    let mut nlocals: Option<i64> = None;
    for (k, v) in a.kw() {
        let is_str_field = matches!(k, "co_name" | "co_qualname" | "co_filename");
        if is_str_field && vm.as_str_ref(v).is_none() {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("replace() argument '{k}' must be str, not {tn}")));
        }
        let is_tuple_field = matches!(k, "co_consts" | "co_names" | "co_varnames" | "co_freevars" | "co_cellvars");
        if is_tuple_field && !matches!(v, Value::Obj(o) if o.as_tuple().is_some()) {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("replace() argument '{k}' must be tuple, not {tn}")));
        }
        let is_int_field = matches!(
            k,
            "co_argcount"
                | "co_posonlyargcount"
                | "co_kwonlyargcount"
                | "co_nlocals"
                | "co_stacksize"
                | "co_flags"
                | "co_firstlineno"
        );
        let int_value = if is_int_field {
            let n = vm.to_c_int(v)? as i64;
            if n < 0 {
                return Err(vm.value_error(format!("{k} must be a positive integer")));
            }
            n
        } else {
            0
        };
        // Names are referred to by index: a tuple may grow, not shrink.
        let as_names = |vm: &mut Vm, v: &Value, len: usize| -> PyResult<Vec<Rc<str>>> {
            let items = vm.iterate(v)?;
            if items.len() < len {
                return Err(vm.value_error(format!("code.replace(): {k} must keep at least its length ({len})")));
            }
            items
                .iter()
                .map(|i| vm.as_str_ref(i).map(Rc::from).ok_or_else(|| vm.type_error("names must be strings")))
                .collect()
        };
        match k {
            "co_name" => unit.name = Rc::from(vm.arg_str("replace", "co_name", v)?),
            "co_qualname" => unit.qualname = Rc::from(vm.arg_str("replace", "co_qualname", v)?),
            "co_filename" => unit.filename = Rc::from(vm.arg_str("replace", "co_filename", v)?),
            "co_firstlineno" => {
                // Positions are stored as absolute lines; they move with the first line,
                // as CPython's line table (relative to it) does.
                let new = int_value;
                let delta = new - unit.firstlineno as i64;
                for p in unit.positions.iter_mut().filter(|p| p.line != 0) {
                    p.line = (p.line as i64 + delta).max(1) as u32;
                    p.end_line = (p.end_line as i64 + delta).max(1) as u32;
                }
                unit.firstlineno = new as u32;
            }
            "co_names" => unit.names = as_names(vm, v, unit.names.len())?,
            "co_varnames" => {
                let n = vm.len(v)?;
                if n < unit.varnames.len() {
                    return Err(vm.value_error("code: co_varnames is too small"));
                }
                if n > unit.varnames.len() {
                    return Err(vm.value_error("code: co_nlocals != len(co_varnames)"));
                }
                let names = as_names(vm, v, unit.varnames.len())?;
                for (i, n) in names.iter().enumerate() {
                    unit.localsplus[i].0 = n.clone();
                }
                unit.varnames = names;
            }
            "co_flags" => unit.flags = int_value as u32,
            "co_argcount" => unit.argcount = int_value as u32,
            "co_posonlyargcount" => unit.posonlyargcount = int_value as u32,
            "co_kwonlyargcount" => unit.kwonlyargcount = int_value as u32,
            "co_nlocals" => nlocals = Some(int_value),
            "co_consts" => {
                let items = vm.iterate(v)?;
                if items.len() < unit.consts.len() {
                    return Err(vm.value_error("code.replace(): co_consts must keep at least its length"));
                }
                new_consts = Some(items);
            }
            "co_linetable" | "co_exceptiontable" | "co_stacksize" => {}
            "co_code" | "co_freevars" | "co_cellvars" => {
                let current = vm.getattr_str(&a.args[0].clone(), k)?;
                if !vm.eq_bool(&current, v)? {
                    return Err(vm.value_error(format!("code.replace(): changing {k} is not supported")));
                }
            }
            other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for replace()"))),
        }
    }
    if nlocals.is_some_and(|n| n as usize != unit.varnames.len()) {
        return Err(vm.value_error("code: co_nlocals != len(co_varnames)"));
    }
    if unit.posonlyargcount > unit.argcount {
        return Err(vm.new_error(&vm.exc.system_error.clone(), "code.replace(): bad argument to internal function"));
    }
    // The counts and flags claim parameter slots: the locals must have room for them,
    // as CPython's code validation requires.
    let needed = unit.argcount as usize
        + unit.kwonlyargcount as usize
        + (unit.flags & kaa_bytecode::CodeFlags::VARARGS != 0) as usize
        + (unit.flags & kaa_bytecode::CodeFlags::VARKEYWORDS != 0) as usize;
    if unit.varnames.len() < needed {
        return Err(vm.value_error("code: co_varnames is too small"));
    }
    let code = vm.load_code(&Rc::new(unit))?;
    if let Some(consts) = new_consts {
        let Object::Code(c) = &*code else { unreachable!() };
        let new = Code {
            unit: c.unit.clone(),
            instrs: c.instrs.clone(),
            consts: consts.into_boxed_slice(),
            names: c.names.clone(),
            localsplus_names: c.localsplus_names.clone(),
            localsplus_kinds: c.localsplus_kinds.clone(),
            filename: c.filename.clone(),
            name: c.name.clone(),
            qualname: c.qualname.clone(),
            nlocalsplus: c.nlocalsplus,
            stacksize: c.stacksize,
            total_args: c.total_args,
            global_cache: c.global_cache.iter().map(|_| std::cell::Cell::new(Default::default())).collect(),
            attr_cache: c.attr_cache.iter().map(|_| std::cell::Cell::new(Default::default())).collect(),
            simple_args: c.simple_args,
            warmup: std::cell::Cell::new(0),
        };
        return Ok(Value::from_obj(Object::Code(Box::new(new))));
    }
    Ok(Value::Obj(code))
}

fn cell_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Value>> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Cell(c) => Ok(c),
            _ => Err(vm.type_error("descriptor requires a 'cell' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'cell' object")),
    }
}

fn init_cell(vm: &mut Vm) {
    let t = vm.types.cell.clone();
    // Cells compare by contents, so (as in CPython) they are unhashable.
    super::set_type_attr(vm, &t, "__hash__", Value::None);
    set_doc(vm, &t, "Create a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.");
    add_getset(
        vm,
        &t,
        "cell_contents",
        |vm, v| {
            let c = cell_of(vm, v)?.borrow().clone();
            if c.is_null() {
                return Err(vm.value_error("Cell is empty"));
            }
            Ok(c)
        },
        Some(|vm, v, value| {
            let old = cell_of(vm, v)?.replace(value.unwrap_or(Value::Null));
            drop(old);
            Ok(())
        }),
    );
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    super::set_constructor(&t, |vm, _ty, a| {
        vm.no_kwargs("cell", &a)?;
        let pos = vm.check_positional("cell", &a, 0, 1)?;
        let content = pos.first().cloned().unwrap_or(Value::Null);
        Ok(Value::from_obj(Object::Cell(RefCell::new(content))))
    });
}

/// What a frame object shows, whether its activation is running or finished.
struct FrameView {
    code: ObjRef,
    globals: ObjRef,
    builtins: ObjRef,
    lasti: u32,
    localsplus: Vec<Value>,
    locals: Option<Value>,
    back: Option<ObjRef>,
    /// A generator's frame that has not run yet (its line is the `def` line).
    not_started: bool,
}

/// Reads the tracing state of a running frame (None for other frames or when tracing
/// never looked at it).
fn frame_trace<T>(vm: &Vm, v: &Value, f: impl FnOnce(&crate::eval::trace::FrameTrace) -> T) -> Option<T> {
    let Value::Obj(o) = v else { return None };
    let Object::Frame(fo) = &**o else { return None };
    let FrameState::Live(depth) = &*fo.state.borrow() else { return None };
    vm.frames.get(*depth)?.trace.as_deref().map(f)
}

/// Changes the tracing state of a running frame, creating it if needed.
fn frame_trace_mut(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut crate::eval::trace::FrameTrace)) {
    let Value::Obj(o) = v else { return };
    let Object::Frame(fo) = &**o else { return };
    let FrameState::Live(depth) = &*fo.state.borrow() else { return };
    if let Some(frame) = vm.frames.get_mut(*depth) {
        f(frame.trace.get_or_insert_with(crate::eval::trace::FrameTrace::boxed));
    }
}

fn frame_view(vm: &mut Vm, v: &Value) -> PyResult<FrameView> {
    let Value::Obj(o) = v else { return Err(vm.type_error("expected a frame")) };
    let Object::Frame(f) = &**o else { return Err(vm.type_error("expected a frame")) };
    let state = f.state.borrow();
    match &*state {
        FrameState::Live(depth) => {
            let depth = *depth;
            drop(state);
            let back = if depth > 0 { Some(vm.frame_object(depth - 1)) } else { None };
            let fr = &vm.frames[depth];
            Ok(FrameView {
                code: fr.code.clone(),
                globals: fr.globals().clone(),
                builtins: fr.builtins().clone(),
                lasti: fr.lasti,
                localsplus: fr.localsplus().to_vec(),
                locals: fr.locals.clone(),
                back,
                not_started: fr.trace_call_pending && fr.ip == 0,
            })
        }
        FrameState::Suspended(g) => {
            let view = crate::objects::frame::with_suspended_record(g, |r| FrameView {
                code: r.code.clone(),
                globals: r.globals().clone(),
                builtins: r.builtins().clone(),
                lasti: r.lasti,
                localsplus: r.localsplus().to_vec(),
                locals: r.locals.clone(),
                back: None,
                not_started: r.ip == 0,
            });
            drop(state);
            view.ok_or_else(|| vm.runtime_error("the generator of this frame is gone"))
        }
        FrameState::Dead(d) => Ok(FrameView {
            code: d.code.clone(),
            globals: d.globals.clone(),
            builtins: d.builtins.clone(),
            lasti: d.lasti,
            localsplus: d.localsplus.clone(),
            locals: d.locals.clone(),
            back: d.back.clone(),
            not_started: false,
        }),
    }
}

impl Vm {
    /// The `f_locals` mapping of a frame object (also what `locals()` returns).
    pub fn frame_locals(&mut self, frame: &Value) -> PyResult<Value> {
        let view = frame_view(self, frame)?;
        if let Some(l) = view.locals {
            return Ok(l);
        }
        let Value::Obj(o) = frame else { unreachable!() };
        let Object::Frame(f) = &**o else { unreachable!() };
        let dict = f.locals_dict.borrow_mut().get_or_insert_with(|| self.new_dict()).clone();
        let d = dict.as_dict().expect("dict");
        let code = view.code.as_code().expect("code");
        for (i, value) in view.localsplus.iter().enumerate() {
            let name = code.localsplus_names[i].clone();
            let v = if code.is_cell_slot(i) {
                match value {
                    Value::Obj(c) => match &**c {
                        Object::Cell(c) => c.borrow().clone(),
                        _ => value.clone(),
                    },
                    _ => value.clone(),
                }
            } else {
                value.clone()
            };
            let key = Value::Obj(name);
            if v.is_null() {
                d.del_item(self, &key)?;
            } else {
                d.set_item(self, key, v)?;
            }
        }
        Ok(Value::Obj(dict))
    }
}

fn init_frame(vm: &mut Vm) {
    let t = vm.types.frame.clone();
    add_getset(vm, &t, "f_code", |vm, v| Ok(Value::Obj(frame_view(vm, v)?.code)), None);
    add_getset(vm, &t, "f_globals", |vm, v| Ok(Value::Obj(frame_view(vm, v)?.globals)), None);
    add_getset(vm, &t, "f_builtins", |vm, v| Ok(Value::Obj(frame_view(vm, v)?.builtins)), None);
    add_getset(vm, &t, "f_back", |vm, v| Ok(frame_view(vm, v)?.back.map(Value::Obj).unwrap_or(Value::None)), None);
    add_getset(vm, &t, "f_lasti", |vm, v| Ok(Value::Int(frame_view(vm, v)?.lasti as i64 * INSTRUCTION_BYTES)), None);
    add_getset(
        vm,
        &t,
        "f_lineno",
        |vm, v| {
            let view = frame_view(vm, v)?;
            let code = view.code.as_code().expect("code");
            if view.not_started {
                return Ok(Value::Int(code.unit.firstlineno as i64));
            }
            Ok(Value::Int(code.line_of(view.lasti as usize).unwrap_or(code.unit.firstlineno) as i64))
        },
        // Jumping is for trace functions, and Kaa runs none: CPython's errors outside one.
        Some(|vm, _v, value| match value {
            None => Err(vm.attribute_error("cannot delete attribute")),
            Some(Value::Int(_)) => Err(vm.value_error("can't jump from the 'call' trace event of a new frame")),
            Some(Value::Obj(o)) if matches!(&*o, Object::BigInt(_)) => {
                Err(vm.value_error("can't jump from the 'call' trace event of a new frame"))
            }
            Some(_) => Err(vm.value_error("lineno must be an integer")),
        }),
    );
    add_getset(vm, &t, "f_locals", |vm, v| vm.frame_locals(v), None);
    add_getset(
        vm,
        &t,
        "f_trace",
        |vm, v| Ok(frame_trace(vm, v, |t| t.f_trace.clone()).unwrap_or(Value::None)),
        Some(|vm, v, x| {
            let x = x.unwrap_or(Value::None);
            frame_trace_mut(vm, v, |t| t.f_trace = x);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "f_trace_lines",
        |vm, v| Ok(Value::Bool(frame_trace(vm, v, |t| t.lines).unwrap_or(true))),
        Some(|vm, v, x| {
            let b = match &x {
                Some(Value::Bool(b)) => *b,
                _ => return Err(vm.type_error("attribute value type must be bool")),
            };
            frame_trace_mut(vm, v, |t| t.lines = b);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "f_trace_opcodes",
        |vm, v| Ok(Value::Bool(frame_trace(vm, v, |t| t.opcodes).unwrap_or(false))),
        Some(|vm, v, x| {
            let b = match &x {
                Some(Value::Bool(b)) => *b,
                _ => return Err(vm.type_error("attribute value type must be bool")),
            };
            frame_trace_mut(vm, v, |t| t.opcodes = b);
            Ok(())
        }),
    );
    add_method(vm, &t, "clear", |vm, a| {
        if let Value::Obj(o) = &a.args[0] {
            if let Object::Frame(f) = &**o {
                if matches!(&*f.state.borrow(), FrameState::Live(_)) {
                    return Err(vm.runtime_error("cannot clear an executing frame"));
                }
                let gen = match &*f.state.borrow() {
                    FrameState::Suspended(g) => g.upgrade(),
                    _ => None,
                };
                if let Some(gen) = gen {
                    // Clearing a suspended generator's frame closes the generator.
                    return vm.gen_close(&gen).map(|_| Value::None);
                }
                if let FrameState::Dead(d) = &mut *f.state.borrow_mut() {
                    d.localsplus.iter_mut().for_each(|v| *v = Value::Null);
                }
            }
        }
        Ok(Value::None)
    });
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
}

fn init_traceback(vm: &mut Vm) {
    let t = vm.types.traceback.clone();
    fn tb<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a crate::objects::traceback::TracebackObj> {
        match v {
            Value::Obj(o) => match &**o {
                Object::Traceback(t) => Ok(t),
                _ => Err(vm.type_error("expected a traceback")),
            },
            _ => Err(vm.type_error("expected a traceback")),
        }
    }
    add_member(vm, &t, "tb_frame", |vm, v| Ok(Value::Obj(tb(vm, v)?.frame.clone())), None);
    add_member(vm, &t, "tb_lasti", |vm, v| Ok(Value::Int(tb(vm, v)?.lasti as i64)), None);
    // A computed attribute in CPython 3.11 (so its read-only error differs from a member's).
    add_getset(vm, &t, "tb_lineno", |vm, v| Ok(Value::Int(tb(vm, v)?.lineno as i64)), None);
    add_getset(
        vm,
        &t,
        "tb_next",
        |vm, v| Ok(tb(vm, v)?.next.borrow().clone().map(Value::Obj).unwrap_or(Value::None)),
        Some(|vm, v, value| {
            let next = match value {
                None => return Err(vm.type_error("can't delete tb_next attribute")),
                Some(Value::None) => None,
                Some(Value::Obj(o)) if matches!(&*o, Object::Traceback(_)) => Some(o),
                Some(other) => {
                    let tn = vm.type_name(&other);
                    return Err(vm.type_error(format!("expected traceback object, got '{tn}'")));
                }
            };
            // A chain that leads back to this entry would make every walk over the
            // traceback endless.
            let mut cursor = next.clone();
            while let Some(c) = cursor {
                if matches!(v, Value::Obj(me) if Rc::ptr_eq(me, &c)) {
                    let t = vm.exc.value_error.clone();
                    return Err(vm.new_error(&t, "traceback loop detected".to_string()));
                }
                cursor = match &*c {
                    Object::Traceback(t) => t.next.borrow().clone(),
                    _ => None,
                };
            }
            *tb(vm, v)?.next.borrow_mut() = next;
            Ok(())
        }),
    );
    super::set_constructor(&t, traceback_new);
    add_method(vm, &t, "__dir__", |vm, _a| {
        let names = ["tb_frame", "tb_lasti", "tb_lineno", "tb_next"].iter().map(|n| vm.str_val(n)).collect();
        Ok(Value::Obj(vm.new_list(names)))
    });
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn traceback_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    const NAME: &str = "TracebackType";
    let slots = vm.parse_args(NAME, &a, &["tb_next", "tb_frame", "tb_lasti", "tb_lineno"], 4)?;
    let mut slots = slots.into_iter().map(|s| s.expect("parse_args checked the required arguments"));
    let mut next_arg = || slots.next().expect("4 slots");
    let (next, frame, lasti, lineno) = (next_arg(), next_arg(), next_arg(), next_arg());
    let next = match next {
        Value::None => None,
        Value::Obj(o) if matches!(&*o, Object::Traceback(_)) => Some(o),
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("expected traceback object or None, got '{tn}'")));
        }
    };
    let frame = match frame {
        Value::Obj(o) if matches!(&*o, Object::Frame(_)) => o,
        other => {
            // Argument Clinic names None itself rather than its type.
            let tn = if other.is_none() { "None".to_string() } else { vm.type_name(&other) };
            return Err(vm.type_error(format!("{NAME}() argument 'tb_frame' must be frame, not {tn}")));
        }
    };
    let lasti = vm.to_c_int(&lasti)?;
    let lineno = vm.to_c_int(&lineno)?;
    Ok(Value::from_obj(Object::Traceback(Box::new(crate::objects::traceback::TracebackObj {
        next: RefCell::new(next),
        frame,
        lasti,
        lineno,
    }))))
}

fn init_module(vm: &mut Vm) {
    let t = vm.types.module.clone();
    set_doc(
        vm,
        &t,
        "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.",
    );
    add_getset(
        vm,
        &t,
        "__dict__",
        |vm, v| match v {
            Value::Obj(o) => match &**o {
                Object::Module(m) => Ok(Value::Obj(m.dict.clone())),
                _ => Err(vm.type_error("expected a module")),
            },
            _ => Err(vm.type_error("expected a module")),
        },
        None,
    );
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    add_method(vm, &t, "__dir__", |vm, a| {
        let names = vm.dir(&a.args[0].clone())?;
        let items = names.into_iter().map(|n| vm.str_val(&n)).collect();
        Ok(Value::Obj(vm.new_list(items)))
    });
    add_method(vm, &t, "__init__", |_vm, _a| Ok(Value::None));
    super::set_constructor(&t, |vm, _ty, a| {
        let slots = vm.parse_args("module", &a, &["name", "doc"], 1)?;
        let name = slots[0].clone().expect("required");
        let Some(n) = vm.as_str_ref(&name).map(str::to_string) else {
            let tn = vm.type_name(&name);
            return Err(vm.type_error(format!("module.__init__() argument 'name' must be str, not {tn}")));
        };
        let m = vm.new_module(&n);
        if let Some(doc) = &slots[1] {
            if let Object::Module(md) = &*m {
                md.dict.as_dict().expect("dict").set_str(vm, "__doc__", doc.clone());
            }
        }
        Ok(Value::Obj(m))
    });
}
