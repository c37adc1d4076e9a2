//! Native helpers for the `traceback` and `linecache` modules (written in Python,
//! `lib/`): reading a source file's lines with its declared encoding, the caret anchors
//! of a source segment, and display widths — the parts that need the compiler, the
//! file system or Unicode tables, which Kaa's Python code cannot reach.

use kaa_vm::objects::builtin_func::Args;
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};

fn add(
    vm: &mut Vm,
    module: &'static str,
    dict: &ObjRef,
    name: &'static str,
    f: kaa_vm::objects::builtin_func::NativeFn,
) {
    let func = vm.new_builtin_in(module, name, f);
    dict.as_dict().expect("dict").set_str(vm, name, Value::Obj(func));
}

/// `_linecache`: `readlines(filename)`, the file's lines with their endings (empty if
/// it cannot be read).
pub fn init_linecache(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("_linecache");
    let Object::Module(m) = &*module else { unreachable!() };
    let d = m.dict.clone();
    add(vm, "_linecache", &d, "readlines", readlines);
    Ok(module)
}

/// `_traceback`: `anchors(segment)`, `display_width(text, end)`.
pub fn init_traceback(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("_traceback");
    let Object::Module(m) = &*module else { unreachable!() };
    let d = m.dict.clone();
    add(vm, "_traceback", &d, "anchors", anchors);
    add(vm, "_traceback", &d, "display_width", display_width);
    Ok(module)
}

fn readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("readlines", &a)?.clone();
    let name = vm.arg_str("readlines", "1", &v)?.to_string();
    let text = std::fs::read(&name).ok().and_then(|b| kaa_vm::source::decode_source(&b, &name).ok());
    let lines: Vec<Value> = match text {
        Some(t) => t.split_inclusive('\n').map(|l| vm.str_val(l)).collect(),
        None => Vec::new(),
    };
    Ok(Value::Obj(vm.new_list(lines)))
}

/// `(left, right)` character offsets of the `^^^` part of a single-line segment (a
/// binary operation's operator, a subscript's brackets), or None.
fn anchors(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("anchors", &a)?.clone();
    let segment = vm.arg_str("anchors", "1", &v)?.to_string();
    let Some((l, r)) = kaa_compiler::anchors::caret_anchors(&segment) else { return Ok(Value::None) };
    let chars = |b: usize| segment.get(..b).map_or(segment.chars().count(), |s| s.chars().count());
    Ok(vm.tuple_val(vec![Value::Int(chars(l) as i64), Value::Int(chars(r) as i64)]))
}

/// The terminal columns of `text[:end]` (wide East Asian characters take two).
fn display_width(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pos = vm.check_positional("display_width", &a, 2, 2)?;
    let text = vm.arg_str("display_width", "1", &pos[0])?.to_string();
    let end = vm.to_index(&pos[1])?.max(0) as usize;
    let width: usize = text.chars().take(end).map(kaa_vm::format::display_width).sum();
    Ok(Value::Int(width as i64))
}
