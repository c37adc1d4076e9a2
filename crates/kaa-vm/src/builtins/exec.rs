//! Builtins that compile or run code: `compile`, `exec`, `eval`, `__import__`.

use kaa_compiler::{CompileOptions, Mode, FUTURE_FLAGS_MASK};

use super::add_builtin;
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    add_builtin(vm, "compile", builtin_compile);
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

/// `compile()` flags besides the future features: `PyCF_DONT_IMPLY_DEDENT`,
/// `PyCF_ONLY_AST`, `PyCF_TYPE_COMMENTS`, `PyCF_ALLOW_TOP_LEVEL_AWAIT`,
/// `PyCF_ALLOW_INCOMPLETE_INPUT`, and the obsolete `CO_NESTED`.
const OTHER_COMPILE_FLAGS: i64 = 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x10;
const PYCF_ONLY_AST: i64 = 0x400;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
fn builtin_compile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args(
        "compile",
        &a,
        &["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
        3,
    )?;
    let source = slots[0].clone().expect("source");
    let filename = fs_path(vm, slots[1].as_ref().expect("filename"))?;
    let mode_v = slots[2].clone().expect("mode");
    let mode_name = vm.arg_str("compile", "argument 'mode'", &mode_v)?.to_string();
    let flags = match &slots[3] {
        Some(f) => vm.to_c_int(f)? as i64,
        None => 0,
    };
    let dont_inherit = match &slots[4] {
        Some(d) => vm.to_c_int(d)? != 0,
        None => false,
    };
    let optimize = match &slots[5] {
        Some(o) => vm.to_c_int(o)?,
        None => -1,
    };
    if flags & !(FUTURE_FLAGS_MASK as i64 | OTHER_COMPILE_FLAGS) != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let mode = match mode_name.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ if flags & PYCF_ONLY_AST != 0 => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'"))
        }
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if flags & PYCF_ONLY_AST != 0 {
        return Err(vm.value_error("compile(): ast.PyCF_ONLY_AST is not supported (there is no ast module)"));
    }
    let text = source_text(vm, &source, "compile", "string, bytes or AST")?;
    let mut opts = CompileOptions::new(mode);
    opts.future_flags = flags as u32 & FUTURE_FLAGS_MASK;
    if !dont_inherit {
        opts.future_flags |= vm.caller_future_flags();
    }
    // -1 means the interpreter's own level (Kaa runs unoptimized, like python3 without -O).
    opts.optimize = optimize.max(0) as u8;
    Ok(Value::Obj(vm.compile_with(&text, &filename, opts)?))
}

/// A file name argument (`PyUnicode_FSDecoder`): str, or bytes decoded.
fn fs_path(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = vm.as_str_ref(v) {
        return Ok(s.to_string());
    }
    if let Value::Obj(o) = v {
        if let Object::Bytes(b) = &**o {
            return Ok(String::from_utf8_lossy(b).into_owned());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {tn}")))
}

/// The source text of a `compile`/`exec`/`eval` argument (str or bytes); `kinds` names
/// what else the function accepts, for the error.
fn source_text(vm: &mut Vm, source: &Value, fname: &str, kinds: &str) -> PyResult<String> {
    let text = match source {
        Value::Obj(o) => match &**o {
            Object::Str(s) => Some(s.as_str().to_string()),
            Object::Bytes(b) => Some(crate::source::decode_source_bytes(b)),
            _ => None,
        },
        _ => None,
    };
    match text {
        Some(t) if t.contains('\0') => {
            let ty = Value::Obj(vm.exc.syntax_error.clone());
            let msg = vm.str_val("source code string cannot contain null bytes");
            match vm.call(&ty, &[msg], &[])? {
                Value::Obj(e) => Err(crate::error::PyErr(e)),
                _ => Err(vm.system_error("SyntaxError() returned a non-exception")),
            }
        }
        Some(t) => Ok(t),
        None => Err(vm.type_error(format!("{fname}() arg 1 must be a {kinds} object"))),
    }
}

impl Vm {
    /// The future features of the running Python code, which `compile()`, `exec()` and
    /// `eval()` of a string inherit (CPython's `PyEval_MergeCompilerFlags`).
    pub fn caller_future_flags(&self) -> u32 {
        self.frames.last().map_or(0, |f| f.code().flags() & FUTURE_FLAGS_MASK)
    }
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)` and `eval(source,
/// globals=None, locals=None)`.
fn run_source(vm: &mut Vm, a: Args, fname: &str, mode: Mode) -> PyResult<Value> {
    let names: &[&str] =
        if mode == Mode::Exec { &["source", "globals", "locals", "closure"] } else { &["source", "globals", "locals"] };
    let slots = vm.parse_args(fname, &a, names, 1)?;
    let source = slots[0].clone().expect("source");
    let globals: ObjRef = match &slots[1] {
        None | Some(Value::None) => vm.frames.last().expect("frame").globals().clone(),
        Some(Value::Obj(o)) if o.as_dict().is_some() => o.clone(),
        // A dict subclass: its dict (CPython reads globals with the dict functions,
        // bypassing overridden methods).
        Some(g) if matches!(vm.builtin_base(g), Some(Value::Obj(b)) if b.as_dict().is_some()) => {
            match vm.builtin_base(g) {
                Some(Value::Obj(b)) => b,
                _ => unreachable!("checked above"),
            }
        }
        Some(other) => {
            let tn = vm.type_name(other);
            let msg = if fname == "exec" {
                format!("exec() globals must be a dict, not {tn}")
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            };
            return Err(vm.type_error(msg));
        }
    };
    let locals: Value = match &slots[2] {
        None | Some(Value::None) => {
            if let Some(g) = slots[1].as_ref().filter(|g| !g.is_none()) {
                // The globals object itself (a dict subclass's methods apply to names).
                g.clone()
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
                let msg = if fname == "exec" {
                    let tn = vm.type_name(l);
                    format!("locals must be a mapping or None, not {tn}")
                } else {
                    "locals must be a mapping".to_string()
                };
                return Err(vm.type_error(msg));
            }
            l.clone()
        }
    };
    // A code object's `__builtins__`, as CPython inserts it: the builtins dict.
    if globals.as_dict().expect("dict").get_str("__builtins__").is_none() {
        let b = Value::Obj(vm.builtins_dict.clone());
        globals.as_dict().expect("dict").set_str(vm, "__builtins__", b);
    }
    let closure = match slots.get(3) {
        Some(Some(c)) if !c.is_none() => Some(c.clone()),
        _ => None,
    };
    let code = match &source {
        Value::Obj(o) if o.as_code().is_some() => o.clone(),
        _ => {
            if closure.is_some() {
                return Err(vm.type_error("closure can only be used when source is a code object"));
            }
            let mut text = source_text(vm, &source, fname, "string, bytes or code")?;
            if mode == Mode::Eval {
                // eval ignores leading spaces and tabs.
                text = text.trim_start_matches([' ', '\t']).to_string();
            }
            let mut opts = CompileOptions::new(mode);
            opts.future_flags = vm.caller_future_flags();
            vm.compile_with(&text, "<string>", opts)?
        }
    };
    let c = code.as_code().expect("code");
    let nfree = c.nfreevars();
    if mode == Mode::Eval && nfree > 0 {
        return Err(vm.type_error("code object passed to eval() may not contain free variables"));
    }
    if nfree == 0 && closure.is_some() {
        return Err(vm.type_error("cannot use a closure with this code object"));
    }
    if nfree > 0 {
        let ok = match &closure {
            Some(Value::Obj(t)) => t.as_tuple().is_some_and(|items| {
                items.len() == nfree
                    && items.iter().all(|i| matches!(i, Value::Obj(o) if matches!(&**o, Object::Cell(_))))
            }),
            _ => false,
        };
        if !ok {
            return Err(vm.type_error(format!("code object requires a closure of exactly length {nfree}")));
        }
    }
    let flags = c.flags();
    let function_like = flags & kaa_bytecode::CodeFlags::OPTIMIZED != 0 || c.total_args > 0 || nfree > 0;
    if function_like {
        // As CPython's PyEval_EvalCode: the code runs as a function named after it,
        // called with no arguments.
        let func = vm.call(
            &Value::Obj(vm.types.function.clone()),
            &[Value::Obj(code.clone()), Value::Obj(globals), Value::None, Value::None, closure.unwrap_or(Value::None)],
            &[],
        )?;
        if let Value::Obj(f) = &func {
            if let Object::Function(fo) = &**f {
                *fo.qualname.borrow_mut() = c.name.clone();
            }
        }
        return vm.call(&func, &[], &[]);
    }
    vm.run_code(&code, globals, Some(locals))
}
