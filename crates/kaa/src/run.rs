//! Running the program the command line names, and turning its outcome into an exit
//! status as python3 does (SystemExit codes, tracebacks with status 1).

use std::io::{IsTerminal, Read};

use kaa_compiler::Mode;
use kaa_vm::{ObjRef, Object, PyErr, Value, Vm};

use crate::cli::{Options, Target};
use crate::repl;

/// Runs everything; returns the process exit status.
pub fn main(opts: Options) -> u8 {
    // PYTHONUNBUFFERED (non-empty) does what -u does.
    if std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()) {
        kaa_vm::objects::textio::set_unbuffered(true);
    }
    let mut vm = Vm::new();
    let stdin_tty = std::io::stdin().is_terminal();
    let script_dir = match &opts.target {
        // A directory run as a program is itself the first import directory.
        Target::File(f) if std::path::Path::new(f).is_dir() => absolute(f),
        Target::File(f) => {
            let abs = absolute(f);
            std::path::Path::new(&abs).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default()
        }
        _ => String::new(),
    };
    vm.path = vec![script_dir];
    let interactive_only = matches!(opts.target, Target::Default) && stdin_tty;
    vm.interactive = opts.inspect || interactive_only;
    if let Err(e) = kaa_stdlib::install(&mut vm, opts.argv.clone()) {
        vm.print_exception(&e.0);
        return 1;
    }
    let main_dict = make_main(&mut vm, &opts);
    let mut status = match &opts.target {
        // CPython runs a directory's `__main__.py`; Kaa has no zipimport/runpy yet, so a
        // directory without one gets CPython's error, and one with it runs that file.
        Target::File(f) if std::path::Path::new(f).is_dir() => {
            let main_py = std::path::Path::new(f).join("__main__.py");
            let abs = absolute(f);
            match std::fs::read(&main_py) {
                Ok(bytes) => match kaa_vm::source::decode_source(&bytes, &absolute(&main_py.to_string_lossy())) {
                    Ok(source) => {
                        run_source(&mut vm, &source, &main_py.to_string_lossy(), &main_dict, true, opts.inspect)
                    }
                    Err(e) => {
                        let t = vm.exc.syntax_error.clone();
                        let err = vm.syntax_error_message(&t, e.message);
                        Some(report_uncaught(&mut vm, err))
                    }
                },
                Err(_) => {
                    eprintln!("kaa: can't find '__main__' module in '{abs}'");
                    return 1;
                }
            }
        }
        Target::File(f) => {
            let abs = absolute(f);
            match std::fs::read(f) {
                Ok(bytes) => match kaa_vm::source::decode_source(&bytes, &abs) {
                    Ok(source) => run_source(&mut vm, &source, &abs, &main_dict, true, opts.inspect),
                    Err(e) => {
                        let t = vm.exc.syntax_error.clone();
                        let err = vm.syntax_error_message(&t, e.message);
                        Some(report_uncaught(&mut vm, err))
                    }
                },
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = match e.kind() {
                        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                        _ => e.to_string(),
                    };
                    eprintln!("kaa: can't open file '{abs}': [Errno {errno}] {msg}");
                    return 2;
                }
            }
        }
        Target::Command(code) => run_source(&mut vm, code, "<string>", &main_dict, false, opts.inspect),
        Target::Stdin => run_stdin(&mut vm, &main_dict),
        Target::Default => {
            if stdin_tty || opts.inspect {
                Some(0)
            } else {
                run_stdin(&mut vm, &main_dict)
            }
        }
    };
    let go_interactive = interactive_only || (opts.inspect && !matches!(status, Some(s) if exited(s)));
    if go_interactive {
        let banner = !opts.quiet && matches!(opts.target, Target::Default | Target::Stdin);
        status = Some(repl::run(&mut vm, &main_dict, banner));
    }
    vm.shutdown(&main_dict);
    vm.flush_std();
    kaa_vm::objects::file::flush_all();
    status.map(|s| s & 0xff).unwrap_or(0) as u8
}

/// Marks statuses that came from SystemExit (they end the program even with -i).
const EXITED: i64 = 1 << 40;

fn exited(s: i64) -> bool {
    s & EXITED != 0
}

/// The `__main__` module's namespace.
fn make_main(vm: &mut Vm, opts: &Options) -> ObjRef {
    let module = vm.new_module("__main__");
    let Object::Module(m) = &*module else { unreachable!() };
    let dict = m.dict.clone();
    let d = dict.as_dict().expect("dict");
    // CPython's `__main__` starts with an empty `__annotations__` (add_main_module).
    let annotations = Value::Obj(vm.new_dict());
    d.set_str(vm, "__annotations__", annotations);
    d.set_str(vm, "__builtins__", Value::Obj(vm.builtins.clone()));
    if let Target::File(f) = &opts.target {
        let file = vm.str_val(&absolute(f));
        d.set_str(vm, "__file__", file);
        d.set_str(vm, "__cached__", Value::None);
    }
    let modules = vm.modules.clone();
    modules.as_dict().expect("dict").set_str(vm, "__main__", Value::Obj(module));
    dict
}

/// `os.path.abspath`: joined with the current directory, `.` and `..` resolved
/// lexically (symlinks are kept, as CPython keeps them).
pub fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.to_path_buf())
    };
    let mut parts: Vec<String> = Vec::new();
    for c in joined.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::CurDir | std::path::Component::RootDir => {}
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            std::path::Component::Prefix(_) => {}
        }
    }
    format!("/{}", parts.join("/"))
}

/// Runs the program read from stdin (decoded as its coding declaration says).
fn run_stdin(vm: &mut Vm, main: &ObjRef) -> Option<i64> {
    let mut bytes = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut bytes);
    match kaa_vm::source::decode_source(&bytes, "<stdin>") {
        Ok(source) => run_source(vm, &source, "<stdin>", main, true, false),
        Err(e) => {
            let t = vm.exc.syntax_error.clone();
            let err = vm.syntax_error_message(&t, e.message);
            Some(report_uncaught(vm, err))
        }
    }
}

/// Compiles and runs `source` in `__main__`; the exit status if it ended the program
/// (`None` when it completed normally). `from_file` for a script read from a file or
/// stdin rather than given with `-c`; `inspect` for `-i`.
fn run_source(vm: &mut Vm, source: &str, filename: &str, main: &ObjRef, from_file: bool, inspect: bool) -> Option<i64> {
    let compiled =
        if from_file { vm.compile_script(source, filename) } else { vm.compile(source, filename, Mode::Exec) };
    let code = match compiled {
        Ok(c) => c,
        Err(e) => return Some(report_uncaught(vm, e)),
    };
    match vm.run_code(&code, main.clone(), Some(Value::Obj(main.clone()))) {
        Ok(_) => None,
        // With -i, SystemExit does not end the program: it is reported like any other
        // exception and the interactive session starts (CPython's `inspect` flag).
        Err(e) if inspect && vm.err_matches(&e, &vm.exc.system_exit.clone()) => {
            call_excepthook(vm, &e);
            Some(1)
        }
        Err(e) => Some(report_uncaught(vm, e)),
    }
}

/// Handles an exception that reached the top: SystemExit becomes the exit status,
/// anything else is printed through `sys.excepthook` (status 1).
pub fn report_uncaught(vm: &mut Vm, err: PyErr) -> i64 {
    let exit_type = vm.exc.system_exit.clone();
    if vm.err_matches(&err, &exit_type) {
        let code = err.0.as_exception().and_then(|e| e.field("code")).unwrap_or(Value::None);
        return EXITED
            | match code {
                Value::None => 0,
                Value::Int(n) => n & 0xff,
                Value::Bool(b) => b as i64,
                // Too big for a C long: CPython's conversion fails and exits with -1.
                Value::Obj(o) if matches!(&*o, Object::BigInt(_)) => 0xff,
                other => {
                    vm.flush_std();
                    let text = vm.to_str_string(&other).unwrap_or_default();
                    let stderr = vm.sys_attr("stderr").unwrap_or(Value::Obj(vm.stderr.clone()));
                    let _ = vm.write_to(&stderr, &format!("{text}\n"));
                    vm.flush_std();
                    1
                }
            };
    }
    call_excepthook(vm, &err);
    // Like CPython, a KeyboardInterrupt that ends the program ends it by SIGINT, so the
    // parent process (a shell) sees the interrupt.
    let interrupt = vm.exc.keyboard_interrupt.clone();
    if vm.err_matches(&err, &interrupt) {
        DIE_BY_SIGINT.store(true, std::sync::atomic::Ordering::SeqCst);
    }
    1
}

/// Set when the program ended with an uncaught KeyboardInterrupt.
pub static DIE_BY_SIGINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Calls `sys.excepthook(type, value, traceback)`.
pub fn call_excepthook(vm: &mut Vm, err: &PyErr) {
    let value = Value::Obj(err.0.clone());
    let Some(hook) = vm.sys_attr("excepthook") else {
        eprintln!("sys.excepthook is missing");
        vm.print_exception(&err.0);
        return;
    };
    let ty = Value::Obj(vm.type_of(&value));
    let tb = err.0.as_exception().and_then(|e| e.traceback.borrow().clone()).map(Value::Obj).unwrap_or(Value::None);
    // As CPython's PyErr_Print: the exception stays inspectable (`traceback.print_last()`).
    if let Some(sys) = vm.sys_dict.clone() {
        let d = sys.as_dict().expect("dict");
        d.set_str(vm, "last_type", ty.clone());
        d.set_str(vm, "last_value", value.clone());
        d.set_str(vm, "last_traceback", tb.clone());
    }
    if let Err(e2) = vm.call(&hook, &[ty, value, tb], &[]) {
        vm.flush_std();
        eprintln!("Error in sys.excepthook:");
        vm.print_exception(&e2.0);
        eprintln!("\nOriginal exception was:");
        vm.print_exception(&err.0);
    }
}
