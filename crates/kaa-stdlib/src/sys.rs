//! The `sys` module: interpreter state visible to Python — `argv`, `path`, `modules`,
//! the standard streams, the recursion limit, `_getframe`, `exc_info`, `exit`, and the
//! display and exception hooks.

use kaa_vm::objects::builtin_func::{Args, NativeFn};
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};

/// The CPython version Kaa implements.
pub const VERSION: (i64, i64, i64) = (3, 11, 7);

fn add(vm: &mut Vm, dict: &ObjRef, name: &'static str, func: NativeFn) {
    let f = vm.new_builtin_in("sys", name, func);
    dict.as_dict().expect("dict").set_str(vm, name, Value::Obj(f));
}

fn set(vm: &mut Vm, dict: &ObjRef, name: &str, v: Value) {
    dict.as_dict().expect("dict").set_str(vm, name, v);
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("sys");
    let Object::Module(m) = &*module else { unreachable!() };
    let d = m.dict.clone();
    vm.sys_dict = Some(d.clone());
    let doc = vm.str_val("This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
    set(vm, &d, "__doc__", doc);
    let argv: Vec<Value> = vm.argv.clone().iter().map(|a| vm.str_val(a)).collect();
    let argv_v = Value::Obj(vm.new_list(argv.clone()));
    set(vm, &d, "argv", argv_v);
    let orig = Value::Obj(vm.new_list(argv));
    set(vm, &d, "orig_argv", orig);
    let path: Vec<Value> = vm.path.clone().iter().map(|p| vm.str_val(p)).collect();
    let path_v = Value::Obj(vm.new_list(path));
    set(vm, &d, "path", path_v);
    set(vm, &d, "modules", Value::Obj(vm.modules.clone()));
    for (name, stream) in [("stdin", vm.stdin.clone()), ("stdout", vm.stdout.clone()), ("stderr", vm.stderr.clone())] {
        set(vm, &d, name, Value::Obj(stream.clone()));
        let dunder = match name {
            "stdin" => "__stdin__",
            "stdout" => "__stdout__",
            _ => "__stderr__",
        };
        set(vm, &d, dunder, Value::Obj(stream));
    }
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    let exe_v = vm.str_val(&exe);
    set(vm, &d, "executable", exe_v);
    let (ma, mi, mc) = VERSION;
    let version = vm.str_val(&format!("{ma}.{mi}.{mc} (kaa {}) [Rust]", env!("CARGO_PKG_VERSION")));
    set(vm, &d, "version", version);
    set(vm, &d, "hexversion", Value::Int((ma << 24) | (mi << 16) | (mc << 8) | 0xf0));
    // The notice of the CPython release whose language Kaa implements.
    let copyright = vm.str_val(COPYRIGHT);
    set(vm, &d, "copyright", copyright);
    add(vm, &d, "breakpointhook", breakpointhook);
    if let Some(h) = d.as_dict().and_then(|dict| dict.get_str("breakpointhook")) {
        set(vm, &d, "__breakpointhook__", h);
    }
    let platform = vm.str_val(std::env::consts::OS);
    set(vm, &d, "platform", platform);
    let byteorder = vm.str_val(if cfg!(target_endian = "little") { "little" } else { "big" });
    set(vm, &d, "byteorder", byteorder);
    set(vm, &d, "maxsize", Value::Int(i64::MAX));
    set(vm, &d, "maxunicode", Value::Int(0x10ffff));
    let names: Vec<Value> =
        ["_dis", "_operator", "_random", "_time", "builtins", "math", "sys"].iter().map(|n| vm.str_val(n)).collect();
    let names_v = vm.tuple_val(names);
    set(vm, &d, "builtin_module_names", names_v);
    let repr_style = vm.str_val("short");
    set(vm, &d, "float_repr_style", repr_style);
    set(vm, &d, "dont_write_bytecode", Value::Bool(true));
    let empty = Value::Obj(vm.new_list(vec![]));
    set(vm, &d, "warnoptions", empty);
    let empty = Value::Obj(vm.new_list(vec![]));
    set(vm, &d, "meta_path", empty);
    let empty = Value::Obj(vm.new_list(vec![]));
    set(vm, &d, "path_hooks", empty);
    let empty = Value::Obj(vm.new_dict());
    set(vm, &d, "path_importer_cache", empty);
    add(vm, &d, "exit", sys_exit);
    add(vm, &d, "getrecursionlimit", |vm, a| {
        vm.no_args("getrecursionlimit", &a)?;
        Ok(Value::Int(vm.recursion_limit as i64))
    });
    add(vm, &d, "setrecursionlimit", setrecursionlimit);
    add(vm, &d, "_getframe", getframe);
    add(vm, &d, "exc_info", |vm, a| {
        vm.no_args("exc_info", &a)?;
        Ok(match vm.topmost_handled() {
            Some(e) => {
                let v = Value::Obj(e.clone());
                let ty = Value::Obj(vm.type_of(&v));
                let tb =
                    e.as_exception().and_then(|x| x.traceback.borrow().clone()).map(Value::Obj).unwrap_or(Value::None);
                vm.tuple_val(vec![ty, v, tb])
            }
            None => vm.tuple_val(vec![Value::None, Value::None, Value::None]),
        })
    });
    add(vm, &d, "exception", |vm, a| {
        vm.no_args("exception", &a)?;
        Ok(vm.topmost_handled().map(Value::Obj).unwrap_or(Value::None))
    });
    add(vm, &d, "displayhook", |vm, a| {
        let v = vm.one_arg("displayhook", &a)?.clone();
        vm.display_hook(&v)?;
        Ok(Value::None)
    });
    add(vm, &d, "excepthook", |vm, a| {
        let pos = vm.check_positional("excepthook", &a, 3, 3)?;
        let v = pos[1].clone();
        vm.default_excepthook(&v)?;
        Ok(Value::None)
    });
    let dh = d.as_dict().expect("dict").get_str("displayhook").expect("displayhook");
    set(vm, &d, "__displayhook__", dh);
    let eh = d.as_dict().expect("dict").get_str("excepthook").expect("excepthook");
    set(vm, &d, "__excepthook__", eh);
    add(vm, &d, "intern", |vm, a| {
        let v = vm.one_arg("intern", &a)?.clone();
        match vm.as_str_ref(&v).map(str::to_string) {
            Some(s) => Ok(Value::Obj(vm.intern(&s))),
            None => {
                let tn = vm.type_name(&v);
                Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
            }
        }
    });
    add(vm, &d, "getdefaultencoding", |vm, _a| Ok(vm.str_val("utf-8")));
    add(vm, &d, "getfilesystemencoding", |vm, _a| Ok(vm.str_val("utf-8")));
    add(vm, &d, "getrefcount", |vm, a| {
        let v = vm.one_arg("getrefcount", &a)?;
        Ok(Value::Int(match v {
            Value::Obj(o) => std::rc::Rc::strong_count(o) as i64,
            _ => 1 << 30,
        }))
    });
    add(vm, &d, "getsizeof", |vm, a| {
        let pos = vm.check_positional("getsizeof", &a, 1, 2)?;
        Ok(Value::Int(match &pos[0] {
            Value::Obj(_) => 64,
            _ => 28,
        }))
    });
    add(vm, &d, "gettrace", |vm, _a| Ok(vm.trace_func.clone().unwrap_or(Value::None)));
    add(vm, &d, "settrace", |vm, a| {
        let f = vm.one_arg("settrace", &a)?.clone();
        vm.set_trace(Some(f));
        Ok(Value::None)
    });
    add(vm, &d, "getprofile", |vm, _a| Ok(vm.profile_func.clone().unwrap_or(Value::None)));
    add(vm, &d, "setprofile", |vm, a| {
        let f = vm.one_arg("setprofile", &a)?.clone();
        vm.set_profile(Some(f));
        Ok(Value::None)
    });
    add(vm, &d, "get_int_max_str_digits", |_vm, _a| Ok(Value::Int(kaa_vm::format::spec::int_max_str_digits() as i64)));
    add(vm, &d, "set_int_max_str_digits", |vm, a| {
        let slots = vm.parse_args("set_int_max_str_digits", &a, &["maxdigits"], 1)?;
        let n = vm.to_c_int(slots[0].as_ref().expect("required"))?;
        // CPython's threshold: below 640 digits the limit would break ordinary use.
        if n != 0 && n < 640 {
            return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
        }
        kaa_vm::format::spec::set_int_max_str_digits(n as usize);
        Ok(Value::None)
    });
    Ok(module)
}

/// Parts of sys written in Python (struct sequences), added once sys exists.
pub fn finish(vm: &mut Vm, sys: &Value) -> PyResult<()> {
    let ss = vm.import_module_level("_structseq", true, 0)?;
    let (ma, mi, mc) = VERSION;
    let final_ = vm.str_val("final");
    let make = vm.getattr_str(&ss, "make_version_info")?;
    let vi = vm.call(&make, &[Value::Int(ma), Value::Int(mi), Value::Int(mc), final_, Value::Int(0)], &[])?;
    let name = vm.intern("version_info");
    vm.setattr(sys, &name, Some(vi.clone()))?;
    let make = vm.getattr_str(&ss, "make_implementation")?;
    let kaa = vm.str_val("kaa");
    let tag = vm.str_val("kaa-311");
    let imp = vm.call(&make, &[kaa, tag, vi, Value::Int((ma << 24) | (mi << 16) | (mc << 8) | 0xf0)], &[])?;
    let name = vm.intern("implementation");
    vm.setattr(sys, &name, Some(imp))?;
    let make = vm.getattr_str(&ss, "make_flags")?;
    let interactive = Value::Int(vm.interactive as i64);
    let flags = vm.call(&make, &[interactive], &[])?;
    let name = vm.intern("flags");
    vm.setattr(sys, &name, Some(flags))?;
    for (attr, value) in [("float_info", "FLOAT_INFO"), ("hash_info", "HASH_INFO"), ("int_info", "INT_INFO")] {
        let v = vm.getattr_str(&ss, value)?;
        let name = vm.intern(attr);
        vm.setattr(sys, &name, Some(v))?;
    }
    Ok(())
}

fn sys_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("exit", &a)?;
    let pos = vm.check_positional("exit", &a, 0, 1)?;
    let t = vm.exc.system_exit.clone();
    let args = pos.to_vec();
    let exc = vm.call(&Value::Obj(t), &args, &[])?;
    match exc {
        Value::Obj(o) => Err(kaa_vm::PyErr(o)),
        _ => Err(vm.system_error("SystemExit")),
    }
}

const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

/// `sys.breakpointhook()`: calls the debugger `PYTHONBREAKPOINT` names (by default
/// `pdb.set_trace`); "0" disables it. Kaa has no debugger module, so the import fails
/// and, as CPython does then, the hook warns and returns None.
fn breakpointhook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let target = std::env::var("PYTHONBREAKPOINT").ok().filter(|t| !t.is_empty());
    let target = target.unwrap_or_else(|| "pdb.set_trace".to_string());
    if target == "0" {
        return Ok(Value::None);
    }
    let (module, attr) = target.rsplit_once('.').unwrap_or(("builtins", &target));
    let hook = vm.import_module_level(module, true, 0).and_then(|m| vm.getattr_str(&m, attr));
    match hook {
        Ok(h) => vm.call(&h, a.args, a.kwnames),
        Err(_) => {
            vm.warn("RuntimeWarning", &format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{target}\""));
            Ok(Value::None)
        }
    }
}

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("setrecursionlimit", &a)?.clone();
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.to_i64(&v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // The depth CPython reports counts this (METH_O) builtin's own call.
    let depth = vm.recursion_depth() as i64;
    if n <= depth {
        let t = vm.exc.recursion_error.clone();
        return Err(vm.new_error(
            &t,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit = n.min(i32::MAX as i64) as usize;
    Ok(Value::None)
}

fn getframe(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("_getframe", &a)?;
    let pos = vm.check_positional("_getframe", &a, 0, 1)?;
    let depth = match pos.first() {
        Some(d) => vm.to_i64(d)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        if depth < 0 && n > 0 {
            return Ok(Value::Obj(vm.frame_object(n as usize - 1)));
        }
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(Value::Obj(vm.frame_object((n - 1 - depth) as usize)))
}
