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
        let filename = vm.to_str_string(slots[1].as_ref().expect("filename"))?;
        let mode_v = slots[2].clone().expect("mode");
        let mode = match vm.as_str_ref(&mode_v) {
            Some("exec") => Mode::Exec,
            Some("eval") => Mode::Eval,
            Some("single") => Mode::Single,
            _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
        };
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
    match source {
        Value::Obj(o) => match &**o {
            Object::Str(s) => Ok(s.as_str().to_string()),
            Object::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
            _ => {
                let what = if fname == "compile" { "compile() arg 1" } else { &format!("{fname}() arg 1") };
                let _ = what;
                Err(vm.type_error(format!("{fname}() arg 1 must be a string, bytes or code object")))
            }
        },
        _ => Err(vm.type_error(format!("{fname}() arg 1 must be a string, bytes or code object"))),
    }
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
