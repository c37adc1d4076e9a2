//! Builtins that compile or run code: `compile`, `exec`, `eval`, `__import__`.

use kaa_compiler::Mode;

use super::add_builtin;
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    add_builtin(vm, "compile", |vm, a| {
        let slots = vm.parse_args(
            "compile",
            &a,
            &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
            3,
        )?;
        let source = slots[0].clone().expect("source");
        // The filename is a path: str, or bytes decoded.
        let filename_v = slots[1].clone().expect("filename");
        let filename = match &filename_v {
            Value::Obj(o) if o.as_str().is_some() => o.as_str().expect("str").as_str().to_string(),
            Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => {
                String::from_utf8_lossy(&crate::types::bytes_like(&filename_v).expect("bytes")).into_owned()
            }
            other => {
                let tn = vm.type_name(other);
                return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {tn}")));
            }
        };
        let mode_v = slots[2].clone().expect("mode");
        let mode = match vm.as_str_ref(&mode_v) {
            Some("exec") => Mode::Exec,
            Some("eval") => Mode::Eval,
            Some("single") => Mode::Single,
            Some(_) => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
            None => {
                let tn = vm.type_name(&mode_v);
                return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {tn}")));
            }
        };
        // The flags CPython knows: the __future__ features and its compile options.
        const KNOWN_FLAGS: i32 = 0x01fe_7610;
        let flags = match &slots[3] {
            Some(f) => vm.to_c_int(f)?,
            None => 0,
        };
        if let Some(d) = &slots[4] {
            vm.to_c_int(d)?;
        }
        let optimize = match &slots[5] {
            Some(o) => vm.to_c_int(o)?,
            None => -1,
        };
        if flags & !KNOWN_FLAGS != 0 {
            return Err(vm.value_error("compile(): unrecognised flags"));
        }
        if !(-1..=2).contains(&optimize) {
            return Err(vm.value_error("compile(): invalid optimize value"));
        }
        if let Value::Obj(o) = &source {
            if o.as_code().is_some() {
                return Ok(source.clone());
            }
        }
        let text = source_text(vm, &source, "compile")?;
        Ok(Value::Obj(vm.compile(&text, &filename, mode)?))
    });
    add_builtin(vm, "exec", |vm, a| run_source(vm, a, "exec", Mode::Exec).map(|_| Value::None));
    add_builtin(vm, "eval", |vm, a| run_source(vm, a, "eval", Mode::Eval));
    add_builtin(vm, "__import__", |vm, a| {
        let slots = vm.parse_args("__import__", &a, &["name", "globals", "locals", "fromlist", "level"], 1)?;
        let name = vm.arg_str("__import__", "1", slots[0].as_ref().expect("name"))?.to_string();
        let has_fromlist = match &slots[3] {
            Some(f) if !f.is_none() => vm.truthy(f)?,
            _ => false,
        };
        let level = match &slots[4] {
            Some(l) => vm.to_i64(l)?,
            None => 0,
        };
        vm.import_module_level(&name, has_fromlist, level)
    });
}

/// The source text of a `compile`/`exec`/`eval` argument (str or bytes).
fn source_text(vm: &mut Vm, source: &Value, fname: &str) -> PyResult<String> {
    // compile() also takes AST objects (which Kaa does not have), and says so.
    let refuse = |vm: &mut Vm| {
        let what = if fname == "compile" { "AST" } else { "code" };
        Err(vm.type_error(format!("{fname}() arg 1 must be a string, bytes or {what} object")))
    };
    let text = match source {
        Value::Obj(o) => match &**o {
            Object::Str(s) => s.as_str().to_string(),
            Object::Bytes(_) | Object::ByteArray(_) => {
                String::from_utf8_lossy(&crate::types::bytes_like(source).expect("bytes-like")).into_owned()
            }
            _ => return refuse(vm),
        },
        _ => return refuse(vm),
    };
    if text.contains('\0') {
        // A SyntaxError with only a message: no filename or position.
        let t = vm.exc.syntax_error.clone();
        let err = vm.new_error(&t, "source code string cannot contain null bytes");
        if let Some(ex) = err.0.as_exception() {
            let msg = vm.str_val("source code string cannot contain null bytes");
            ex.set_field("msg", msg);
        }
        return Err(err);
    }
    Ok(text)
}

/// `exec(source, globals=None, locals=None)` and `eval(...)`.
fn run_source(vm: &mut Vm, a: Args, fname: &str, mode: Mode) -> PyResult<Value> {
    let slots = vm.parse_args(fname, &a, &["source", "globals", "locals"], 1)?;
    let source = slots[0].clone().expect("source");
    let globals: ObjRef = match &slots[1] {
        None | Some(Value::None) => vm.frames.last().expect("frame").globals().clone(),
        Some(Value::Obj(o)) if o.as_dict().is_some() => o.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            let msg = if fname == "exec" {
                format!("exec() globals must be a dict, not {tn}")
            } else {
                format!("globals must be a real dict; try eval(expr, {{}}, mapping)")
            };
            return Err(vm.type_error(msg));
        }
    };
    let locals: Value = match &slots[2] {
        None | Some(Value::None) => {
            if slots[1].as_ref().is_some_and(|g| !g.is_none()) {
                Value::Obj(globals.clone())
            } else {
                vm.current_locals()?
            }
        }
        Some(l) => {
            let is_mapping = match l {
                Value::Obj(o) => o.as_dict().is_some() || vm.has_attr(l, "__getitem__")?,
                _ => false,
            };
            if !is_mapping {
                if fname == "exec" {
                    let tn = vm.type_name(l);
                    return Err(vm.type_error(format!("locals must be a mapping or None, not {tn}")));
                }
                return Err(vm.type_error("locals must be a mapping"));
            }
            l.clone()
        }
    };
    let code = match &source {
        Value::Obj(o) if o.as_code().is_some() => o.clone(),
        _ => {
            let mut text = source_text(vm, &source, fname)?;
            if mode == Mode::Eval {
                // eval ignores leading spaces and tabs.
                text = text.trim_start_matches([' ', '\t']).to_string();
            }
            vm.compile(&text, "<string>", mode)?
        }
    };
    if globals.as_dict().expect("dict").get_str("__builtins__").is_none() {
        let b = Value::Obj(vm.builtins.clone());
        globals.as_dict().expect("dict").set_str(vm, "__builtins__", b);
    }
    vm.run_code(&code, globals, Some(locals))
}
