//! `_dis`: the raw material for the `dis` module (written in Python, `lib/dis.py`) — a
//! code object's decoded instructions, and the opcode names.

use kaa_bytecode::{ArgKind, BinaryOp, CompareOp, Op};
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};

/// Bytes per instruction word in `co_code`.
const WORD: i64 = 4;

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("_dis");
    let Object::Module(m) = &*module else { unreachable!() };
    let d = m.dict.clone();
    let f = vm.new_builtin_in("_dis", "instructions", instructions);
    d.as_dict().expect("dict").set_str(vm, "instructions", Value::Obj(f));
    let names: Vec<Value> = Op::ALL.iter().map(|op| vm.str_val(op.name())).collect();
    let names = Value::Obj(vm.new_list(names));
    d.as_dict().expect("dict").set_str(vm, "opname", names);
    Ok(module)
}

/// `instructions(code)`: a list of (opname, opcode, arg, argval, argrepr, offset,
/// starts_line, is_jump_target, (line, end_line, col, end_col)).
fn instructions(vm: &mut Vm, a: kaa_vm::objects::builtin_func::Args) -> PyResult<Value> {
    let v = vm.one_arg("instructions", &a)?.clone();
    let Value::Obj(o) = &v else { return Err(vm.type_error("instructions() needs a code object")) };
    let Some(code) = o.as_code() else { return Err(vm.type_error("instructions() needs a code object")) };
    let unit = code.unit.clone();
    let n = unit.instructions.len();
    // Jump targets, to mark them.
    let mut targets = vec![false; n];
    let mut ext: u32 = 0;
    for ins in &unit.instructions {
        let op = ins.op();
        let arg = (ext << 24) | ins.arg();
        ext = if op == Op::ExtendedArg { ins.arg() } else { 0 };
        if op.is_jump() && (arg as usize) < n {
            targets[arg as usize] = true;
        }
    }
    for e in &unit.exception_table {
        if (e.target as usize) < n {
            targets[e.target as usize] = true;
        }
    }
    let mut out = Vec::with_capacity(n);
    let mut last_line = 0;
    let mut ext: u32 = 0;
    for (i, ins) in unit.instructions.iter().enumerate() {
        let op = ins.op();
        let arg = (ext << 24) | ins.arg();
        ext = if op == Op::ExtendedArg { ins.arg() } else { 0 };
        let pos = unit.positions.get(i).copied().unwrap_or_default();
        let starts_line = if pos.line != 0 && pos.line != last_line {
            last_line = pos.line;
            Value::Int(pos.line as i64)
        } else {
            Value::None
        };
        let (arg_v, argval, argrepr) = describe(vm, code, op, arg)?;
        let opname = vm.str_val(op.name());
        let argrepr = vm.str_val(&argrepr);
        let some = |x: u32, present: bool| if present { Value::Int(x as i64) } else { Value::None };
        let has = pos.line != 0;
        let positions = vm.tuple_val(vec![
            some(pos.line, has),
            some(pos.end_line, has),
            some(pos.col, has),
            some(pos.end_col, has),
        ]);
        let row = vm.tuple_val(vec![
            opname,
            Value::Int(op as i64),
            arg_v,
            argval,
            argrepr,
            Value::Int(i as i64 * WORD),
            starts_line,
            Value::Bool(targets[i]),
            positions,
        ]);
        out.push(row);
    }
    Ok(Value::Obj(vm.new_list(out)))
}

/// (arg, argval, argrepr) for one instruction.
fn describe(vm: &mut Vm, code: &kaa_vm::objects::code::Code, op: Op, arg: u32) -> PyResult<(Value, Value, String)> {
    let arg_v = if op.arg_kind() == ArgKind::None { Value::None } else { Value::Int(arg as i64) };
    Ok(match op.arg_kind() {
        ArgKind::None => (Value::None, Value::None, String::new()),
        ArgKind::Const => {
            let c = code.consts.get(arg as usize).cloned().unwrap_or(Value::None);
            let r = vm.repr_string(&c)?;
            (arg_v, c, r)
        }
        ArgKind::Name => {
            let n = code.names.get(arg as usize).cloned().map(Value::Obj).unwrap_or(Value::None);
            let r = vm.as_str_ref(&n).unwrap_or("").to_string();
            (arg_v, n, r)
        }
        ArgKind::Local => {
            let n = code.localsplus_names.get(arg as usize).cloned().map(Value::Obj).unwrap_or(Value::None);
            let r = vm.as_str_ref(&n).unwrap_or("").to_string();
            (arg_v, n, r)
        }
        ArgKind::Jump => (arg_v, Value::Int(arg as i64 * WORD), format!("to {}", arg as i64 * WORD)),
        ArgKind::Compare => {
            let s = CompareOp::from_arg(arg).map(|c| c.symbol()).unwrap_or("?");
            (arg_v, vm.str_val(s), s.to_string())
        }
        ArgKind::Binary => {
            let s = match BinaryOp::from_arg(arg) {
                Some((b, true)) => format!("{}=", b.symbol()),
                Some((b, false)) => b.symbol().to_string(),
                None => "?".to_string(),
            };
            (arg_v, Value::Int(arg as i64), s)
        }
        ArgKind::Flags => {
            let repr = match op {
                Op::MakeFunction => {
                    let names = ["defaults", "kwdefaults", "annotations", "closure"];
                    names
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| arg & (1 << i) != 0)
                        .map(|(_, n)| *n)
                        .collect::<Vec<_>>()
                        .join(", ")
                }
                Op::FormatValue => {
                    let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                    let spec = if arg & 4 != 0 { "with format" } else { "" };
                    [conv, spec].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
                }
                _ => String::new(),
            };
            (arg_v, Value::Int(arg as i64), repr)
        }
        ArgKind::Count => {
            let repr = match op {
                Op::IsOp => if arg == 1 { "is not" } else { "is" }.to_string(),
                Op::ContainsOp => if arg == 1 { "not in" } else { "in" }.to_string(),
                _ => String::new(),
            };
            (arg_v, Value::Int(arg as i64), repr)
        }
    })
}
