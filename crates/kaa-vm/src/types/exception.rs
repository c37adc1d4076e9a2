//! The builtin exception hierarchy (every class of CPython 3.11) and the behaviour of
//! exception objects: construction, `args`, `str`/`repr`, chaining attributes, and the
//! extra attributes of particular classes (`StopIteration.value`, `SyntaxError.lineno`, ...).

use super::{add_getset, add_method, make_type, set_type_attr, Types};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::objects::typeobj::Layout;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Every builtin exception class: (name, base, docstring), bases before subclasses.
pub const EXCEPTIONS: &[(&str, &str, Option<&str>)] = &[
    ("BaseException", "", Some("Common base class for all exceptions")),
    ("BaseExceptionGroup", "BaseException", Some("A combination of multiple unrelated exceptions.")),
    ("Exception", "BaseException", Some("Common base class for all non-exit exceptions.")),
    ("ExceptionGroup", "BaseExceptionGroup", None),
    ("ArithmeticError", "Exception", Some("Base class for arithmetic errors.")),
    ("FloatingPointError", "ArithmeticError", Some("Floating point operation failed.")),
    ("OverflowError", "ArithmeticError", Some("Result too large to be represented.")),
    ("ZeroDivisionError", "ArithmeticError", Some("Second argument to a division or modulo operation was zero.")),
    ("AssertionError", "Exception", Some("Assertion failed.")),
    ("AttributeError", "Exception", Some("Attribute not found.")),
    ("BufferError", "Exception", Some("Buffer error.")),
    ("EOFError", "Exception", Some("Read beyond end of file.")),
    ("ImportError", "Exception", Some("Import can't find module, or can't find name in module.")),
    ("ModuleNotFoundError", "ImportError", Some("Module not found.")),
    ("LookupError", "Exception", Some("Base class for lookup errors.")),
    ("IndexError", "LookupError", Some("Sequence index out of range.")),
    ("KeyError", "LookupError", Some("Mapping key not found.")),
    ("MemoryError", "Exception", Some("Out of memory.")),
    ("NameError", "Exception", Some("Name not found globally.")),
    ("UnboundLocalError", "NameError", Some("Local name referenced but not bound to a value.")),
    ("OSError", "Exception", Some("Base class for I/O related errors.")),
    ("BlockingIOError", "OSError", Some("I/O operation would block.")),
    ("ChildProcessError", "OSError", Some("Child process error.")),
    ("ConnectionError", "OSError", Some("Connection error.")),
    ("BrokenPipeError", "ConnectionError", Some("Broken pipe.")),
    ("ConnectionAbortedError", "ConnectionError", Some("Connection aborted.")),
    ("ConnectionRefusedError", "ConnectionError", Some("Connection refused.")),
    ("ConnectionResetError", "ConnectionError", Some("Connection reset.")),
    ("FileExistsError", "OSError", Some("File already exists.")),
    ("FileNotFoundError", "OSError", Some("File not found.")),
    ("InterruptedError", "OSError", Some("Interrupted by signal.")),
    ("IsADirectoryError", "OSError", Some("Operation doesn't work on directories.")),
    ("NotADirectoryError", "OSError", Some("Operation only works on directories.")),
    ("PermissionError", "OSError", Some("Not enough permissions.")),
    ("ProcessLookupError", "OSError", Some("Process not found.")),
    ("TimeoutError", "OSError", Some("Timeout expired.")),
    ("ReferenceError", "Exception", Some("Weak ref proxy used after referent went away.")),
    ("RuntimeError", "Exception", Some("Unspecified run-time error.")),
    ("NotImplementedError", "RuntimeError", Some("Method or function hasn't been implemented yet.")),
    ("RecursionError", "RuntimeError", Some("Recursion limit exceeded.")),
    ("StopAsyncIteration", "Exception", Some("Signal the end from iterator.__anext__().")),
    ("StopIteration", "Exception", Some("Signal the end from iterator.__next__().")),
    ("SyntaxError", "Exception", Some("Invalid syntax.")),
    ("IndentationError", "SyntaxError", Some("Improper indentation.")),
    ("TabError", "IndentationError", Some("Improper mixture of spaces and tabs.")),
    ("SystemError", "Exception", Some("Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.")),
    ("TypeError", "Exception", Some("Inappropriate argument type.")),
    ("ValueError", "Exception", Some("Inappropriate argument value (of correct type).")),
    ("UnicodeError", "ValueError", Some("Unicode related error.")),
    ("UnicodeDecodeError", "UnicodeError", Some("Unicode decoding error.")),
    ("UnicodeEncodeError", "UnicodeError", Some("Unicode encoding error.")),
    ("UnicodeTranslateError", "UnicodeError", Some("Unicode translation error.")),
    ("Warning", "Exception", Some("Base class for warning categories.")),
    ("BytesWarning", "Warning", Some("Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.")),
    ("DeprecationWarning", "Warning", Some("Base class for warnings about deprecated features.")),
    ("EncodingWarning", "Warning", Some("Base class for warnings about encodings.")),
    ("FutureWarning", "Warning", Some("Base class for warnings about constructs that will change semantically\nin the future.")),
    ("ImportWarning", "Warning", Some("Base class for warnings about probable mistakes in module imports")),
    ("PendingDeprecationWarning", "Warning", Some("Base class for warnings about features which will be deprecated\nin the future.")),
    ("ResourceWarning", "Warning", Some("Base class for warnings about resource usage.")),
    ("RuntimeWarning", "Warning", Some("Base class for warnings about dubious runtime behavior.")),
    ("SyntaxWarning", "Warning", Some("Base class for warnings about dubious syntax.")),
    ("UnicodeWarning", "Warning", Some("Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")),
    ("UserWarning", "Warning", Some("Base class for warnings generated by user code.")),
    ("GeneratorExit", "BaseException", Some("Request that a generator exit.")),
    ("KeyboardInterrupt", "BaseException", Some("Program interrupted by user.")),
    ("SystemExit", "BaseException", Some("Request to exit from the interpreter.")),
];

/// The builtin exception classes the VM raises itself, plus all of them by name.
pub struct ExcTypes {
    pub base_exception: ObjRef,
    pub base_exception_group: ObjRef,
    pub exception: ObjRef,
    pub exception_group: ObjRef,
    pub arithmetic_error: ObjRef,
    pub floating_point_error: ObjRef,
    pub overflow_error: ObjRef,
    pub zero_division_error: ObjRef,
    pub assertion_error: ObjRef,
    pub attribute_error: ObjRef,
    pub buffer_error: ObjRef,
    pub eof_error: ObjRef,
    pub import_error: ObjRef,
    pub module_not_found_error: ObjRef,
    pub lookup_error: ObjRef,
    pub index_error: ObjRef,
    pub key_error: ObjRef,
    pub memory_error: ObjRef,
    pub name_error: ObjRef,
    pub unbound_local_error: ObjRef,
    pub os_error: ObjRef,
    pub reference_error: ObjRef,
    pub runtime_error: ObjRef,
    pub not_implemented_error: ObjRef,
    pub recursion_error: ObjRef,
    pub stop_async_iteration: ObjRef,
    pub stop_iteration: ObjRef,
    pub syntax_error: ObjRef,
    pub indentation_error: ObjRef,
    pub tab_error: ObjRef,
    pub system_error: ObjRef,
    pub type_error: ObjRef,
    pub value_error: ObjRef,
    pub unicode_error: ObjRef,
    pub warning: ObjRef,
    pub generator_exit: ObjRef,
    pub keyboard_interrupt: ObjRef,
    pub system_exit: ObjRef,
    /// Every builtin exception class, in hierarchy order.
    pub all: Vec<(&'static str, ObjRef)>,
}

impl ExcTypes {
    pub fn new(types: &Types) -> ExcTypes {
        let mut all: Vec<(&'static str, ObjRef)> = Vec::new();
        for (name, base, _doc) in EXCEPTIONS {
            let base_ty = if base.is_empty() {
                types.object.clone()
            } else {
                all.iter().find(|(n, _)| n == base).map(|(_, t)| t.clone()).expect("base defined first")
            };
            let ty = make_type(name, "builtins", Some(&base_ty), Layout::Exception, true);
            if *name == "ExceptionGroup" {
                // ExceptionGroup(BaseExceptionGroup, Exception): its C3 linearisation.
                let find = |n: &str| all.iter().find(|(name, _)| *name == n).map(|(_, t)| t.clone()).expect(n);
                let t = ty.as_type().expect("type");
                t.bases.borrow_mut().push(find("Exception"));
                // A direct subclass of both bases (`Exception.__subclasses__()`).
                find("Exception").as_type().expect("type").subclasses.borrow_mut().push(std::rc::Rc::downgrade(&ty));
                let mro = vec![
                    ty.clone(),
                    find("BaseExceptionGroup"),
                    find("Exception"),
                    find("BaseException"),
                    types.object.clone(),
                ];
                *t.mro.borrow_mut() = mro;
            }
            all.push((name, ty));
        }
        let get = |n: &str| all.iter().find(|(name, _)| *name == n).map(|(_, t)| t.clone()).expect("exception type");
        ExcTypes {
            base_exception: get("BaseException"),
            base_exception_group: get("BaseExceptionGroup"),
            exception: get("Exception"),
            exception_group: get("ExceptionGroup"),
            arithmetic_error: get("ArithmeticError"),
            floating_point_error: get("FloatingPointError"),
            overflow_error: get("OverflowError"),
            zero_division_error: get("ZeroDivisionError"),
            assertion_error: get("AssertionError"),
            attribute_error: get("AttributeError"),
            buffer_error: get("BufferError"),
            eof_error: get("EOFError"),
            import_error: get("ImportError"),
            module_not_found_error: get("ModuleNotFoundError"),
            lookup_error: get("LookupError"),
            index_error: get("IndexError"),
            key_error: get("KeyError"),
            memory_error: get("MemoryError"),
            name_error: get("NameError"),
            unbound_local_error: get("UnboundLocalError"),
            os_error: get("OSError"),
            reference_error: get("ReferenceError"),
            runtime_error: get("RuntimeError"),
            not_implemented_error: get("NotImplementedError"),
            recursion_error: get("RecursionError"),
            stop_async_iteration: get("StopAsyncIteration"),
            stop_iteration: get("StopIteration"),
            syntax_error: get("SyntaxError"),
            indentation_error: get("IndentationError"),
            tab_error: get("TabError"),
            system_error: get("SystemError"),
            type_error: get("TypeError"),
            value_error: get("ValueError"),
            unicode_error: get("UnicodeError"),
            warning: get("Warning"),
            generator_exit: get("GeneratorExit"),
            keyboard_interrupt: get("KeyboardInterrupt"),
            system_exit: get("SystemExit"),
            all: all.clone(),
        }
    }
}

fn exc_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a crate::objects::exception::ExceptionObj> {
    match v {
        Value::Obj(o) if o.as_exception().is_some() => Ok(o.as_exception().expect("exception")),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'BaseException' object but received a '{tn}'")))
        }
    }
}

/// The class attributes each exception class adds as members, stored in `fields`.
const FIELDS: &[(&str, &[&str])] = &[
    ("StopIteration", &["value"]),
    ("SystemExit", &["code"]),
    ("NameError", &["name"]),
    ("AttributeError", &["name", "obj"]),
    ("ImportError", &["msg", "name", "path"]),
    ("OSError", &["errno", "strerror", "filename", "filename2", "characters_written"]),
    (
        "SyntaxError",
        &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"],
    ),
    ("UnicodeError", &["encoding", "object", "start", "end", "reason"]),
];

pub fn init(vm: &mut Vm) {
    let all = vm.exc.all.clone();
    for ((_, ty), (_, _, doc)) in all.iter().zip(EXCEPTIONS) {
        let d = match doc {
            Some(d) => vm.str_val(d),
            None => Value::None,
        };
        set_type_attr(vm, ty, "__doc__", d);
    }
    let t = vm.exc.base_exception.clone();
    // The builtin exceptions' `__new__` are made with every builtin type's, in
    // types/construct.rs.
    add_method(vm, &t, "__init__", |vm, a| {
        let this = a.args[0].clone();
        // Only the exceptions with their own __init__ in CPython (NameError's name=,
        // ImportError's path=, ...) take keywords; the message names the instance's type.
        if a.has_kwargs() {
            let ty = vm.type_of(&this);
            let t = ty.as_type().expect("type");
            let takes_kw = [&vm.exc.name_error, &vm.exc.attribute_error, &vm.exc.import_error]
                .iter()
                .any(|k| t.mro.borrow().iter().any(|m| std::rc::Rc::ptr_eq(m, k)));
            if !takes_kw {
                return Err(vm.type_error(format!("{}() takes no keyword arguments", t.name())));
            }
        }
        let e = exc_of(vm, &this)?;
        let args = vm.new_tuple(a.pos()[1..].to_vec());
        *e.args.borrow_mut() = args;
        Ok(Value::None)
    });
    for special in [
        vm.exc.name_error.clone(),
        vm.exc.attribute_error.clone(),
        vm.exc.import_error.clone(),
        vm.exc.stop_iteration.clone(),
        vm.exc.system_exit.clone(),
        vm.exc.os_error.clone(),
        vm.exc.syntax_error.clone(),
    ] {
        add_method(vm, &special, "__init__", special_init_method);
    }
    for name in ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"] {
        if let Some((_, class)) = vm.exc.all.iter().find(|(n, _)| *n == name).cloned() {
            add_method(vm, &class, "__init__", special_init_method);
        }
    }
    add_method(vm, &t, "__str__", |vm, a| {
        let Value::Obj(o) = &a.args[0] else { return Ok(vm.str_val("")) };
        let s = exception_str_builtin(vm, o)?;
        Ok(vm.str_val(&s))
    });
    add_method(vm, &t, "__repr__", |vm, a| {
        let s = vm.exception_repr(&a.args[0].clone())?;
        Ok(vm.str_val(&s))
    });
    add_method(vm, &t, "__reduce__", |vm, a| {
        let this = a.args[0].clone();
        let e = exc_of(vm, &this)?;
        let mut args = Value::Obj(e.args.borrow().clone());
        // OSError's filename is not in its args but is needed to rebuild it.
        let os_error = vm.exc.os_error.clone();
        if vm.is_instance_of(&this, &os_error) {
            if let Some(f) = e.field("filename").filter(|f| !f.is_none()) {
                let mut items = e.args.borrow().as_tuple().map(|t| t.to_vec()).unwrap_or_default();
                items.push(f);
                if let Some(f2) = e.field("filename2").filter(|f| !f.is_none()) {
                    items.push(Value::None);
                    items.push(f2);
                }
                args = vm.tuple_val(items);
            }
        }
        let cls = Value::Obj(vm.type_of(&this));
        let dict = e.dict.borrow().clone().filter(|d| d.as_dict().is_some_and(|d| !d.is_empty()));
        Ok(match dict {
            Some(d) => vm.tuple_val(vec![cls, args, Value::Obj(d)]),
            None => vm.tuple_val(vec![cls, args]),
        })
    });
    add_method(vm, &t, "__setstate__", |vm, a| {
        let pos = vm.check_positional("__setstate__", &a, 2, 2)?;
        let (this, state) = (pos[0].clone(), pos[1].clone());
        if state.is_none() {
            return Ok(Value::None);
        }
        let Some(items) = (match &state {
            Value::Obj(o) => o.as_dict().map(|d| d.items()),
            _ => None,
        }) else {
            return Err(vm.type_error("state is not a dictionary"));
        };
        for (k, v) in items {
            let Value::Obj(name) = &k else { continue };
            vm.setattr(&this, name, Some(v))?;
        }
        Ok(Value::None)
    });
    add_method(vm, &t, "with_traceback", |vm, a| {
        let pos = vm.check_positional("with_traceback", &a, 2, 2)?;
        set_traceback(vm, &pos[0], Some(pos[1].clone()))?;
        Ok(pos[0].clone())
    });
    add_method(vm, &t, "add_note", |vm, a| {
        vm.no_kwargs("BaseException.add_note", &a)?;
        if a.pos().len() != 2 {
            return Err(vm.type_error(format!(
                "BaseException.add_note() takes exactly one argument ({} given)",
                a.pos().len().saturating_sub(1)
            )));
        }
        let pos = a.pos();
        let (this, note) = (pos[0].clone(), pos[1].clone());
        if vm.as_str_ref(&note).is_none() {
            let tn = vm.type_name(&note);
            return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
        }
        let notes = match vm.getattr_str(&this, "__notes__") {
            Ok(n) => n,
            Err(_) => {
                let l = Value::Obj(vm.new_list(vec![]));
                let name = vm.intern("__notes__");
                vm.setattr(&this, &name, Some(l.clone()))?;
                l
            }
        };
        match &notes {
            Value::Obj(o) if matches!(&**o, Object::List(_)) => {
                if let Object::List(l) = &**o {
                    l.borrow_mut().push(note);
                }
                Ok(Value::None)
            }
            _ => Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        }
    });
    add_getset(
        vm,
        &t,
        "args",
        |vm, v| Ok(Value::Obj(exc_of(vm, v)?.args.borrow().clone())),
        Some(|vm, v, value| {
            let Some(value) = value else { return Err(vm.type_error("args may not be deleted")) };
            let items = vm.iterate(&value)?;
            let t = vm.new_tuple(items);
            *exc_of(vm, v)?.args.borrow_mut() = t;
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__traceback__",
        |vm, v| Ok(exc_of(vm, v)?.traceback.borrow().clone().map(Value::Obj).unwrap_or(Value::None)),
        Some(|vm, v, value| set_traceback(vm, v, value)),
    );
    add_getset(
        vm,
        &t,
        "__context__",
        |vm, v| Ok(exc_of(vm, v)?.context.borrow().clone().map(Value::Obj).unwrap_or(Value::None)),
        Some(|vm, v, value| {
            let c = exception_or_none(vm, value, "exception context must be None or derive from BaseException")?;
            *exc_of(vm, v)?.context.borrow_mut() = c;
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__cause__",
        |vm, v| Ok(exc_of(vm, v)?.cause.borrow().clone().map(Value::Obj).unwrap_or(Value::None)),
        Some(|vm, v, value| {
            let c = exception_or_none(vm, value, "exception cause must be None or derive from BaseException")?;
            let e = exc_of(vm, v)?;
            *e.cause.borrow_mut() = c;
            e.suppress_context.set(true);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__suppress_context__",
        |vm, v| Ok(Value::Bool(exc_of(vm, v)?.suppress_context.get())),
        Some(|vm, v, value| {
            let b = match value {
                Some(x) => vm.truthy(&x)?,
                None => return Err(vm.type_error("can't delete __suppress_context__")),
            };
            exc_of(vm, v)?.suppress_context.set(b);
            Ok(())
        }),
    );
    add_getset(
        vm,
        &t,
        "__dict__",
        |vm, v| {
            let d = vm.instance_dict_create(v).expect("exceptions have a dict");
            Ok(Value::Obj(d))
        },
        None,
    );
    for (class, names) in FIELDS {
        let ty = all.iter().find(|(n, _)| n == class).map(|(_, t)| t.clone()).expect("class");
        for name in names.iter() {
            add_field_getset(vm, &ty, name);
        }
    }
    // Unlike the other fields, an unset `characters_written` is missing, not None.
    let os_error = vm.exc.os_error.clone();
    add_getset(
        vm,
        &os_error,
        "characters_written",
        |vm, v| match exc_of(vm, v)?.field("characters_written") {
            Some(c) => Ok(c),
            None => Err(vm.attribute_error("characters_written")),
        },
        Some(|vm, v, value| {
            exc_of(vm, v)?.set_field("characters_written", value.unwrap_or(Value::None));
            Ok(())
        }),
    );
}

/// A member attribute stored in the exception's `fields`.
fn add_field_getset(vm: &mut Vm, ty: &ObjRef, name: &'static str) {
    // Getters and setters are plain fn pointers, so each field name gets its own pair
    // through a small dispatch on the name.
    macro_rules! field {
        ($($n:literal),*) => {
            match name {
                $($n => add_getset(
                    vm,
                    ty,
                    $n,
                    |vm, v| Ok(exc_of(vm, v)?.field($n).unwrap_or(Value::None)),
                    Some(|vm, v, value| {
                        exc_of(vm, v)?.set_field($n, value.unwrap_or(Value::None));
                        Ok(())
                    }),
                ),)*
                _ => {}
            }
        };
    }
    field!(
        "value",
        "code",
        "name",
        "obj",
        "msg",
        "path",
        "errno",
        "strerror",
        "filename",
        "filename2",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
        "encoding",
        "object",
        "start",
        "end",
        "reason"
    );
}

fn exception_or_none(vm: &mut Vm, value: Option<Value>, msg: &str) -> PyResult<Option<ObjRef>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(Value::Obj(o)) if o.as_exception().is_some() => Ok(Some(o)),
        Some(_) => Err(vm.type_error(msg.to_string())),
    }
}

fn set_traceback(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let tb = match value {
        None => return Err(vm.type_error("__traceback__ may not be deleted")),
        Some(Value::None) => None,
        Some(Value::Obj(o)) if matches!(&*o, Object::Traceback(_)) => Some(o),
        Some(_) => return Err(vm.type_error("__traceback__ must be a traceback or None")),
    };
    *exc_of(vm, v)?.traceback.borrow_mut() = tb;
    Ok(())
}

/// Calling an exception class: `ValueError("msg")`, and classes derived from it.
/// Which of the builtin exception classes with extra constructor behaviour a class
/// derives from (found by identity along its MRO, so user subclasses count).
struct SpecialKinds(u8);

impl SpecialKinds {
    const NAMES: [&'static str; 8] = [
        "NameError",
        "AttributeError",
        "ImportError",
        "StopIteration",
        "SystemExit",
        "OSError",
        "SyntaxError",
        "BaseExceptionGroup",
    ];

    fn of(vm: &Vm, t: &crate::objects::typeobj::TypeObj) -> SpecialKinds {
        let e = &vm.exc;
        let classes = [
            &e.name_error,
            &e.attribute_error,
            &e.import_error,
            &e.stop_iteration,
            &e.system_exit,
            &e.os_error,
            &e.syntax_error,
            &e.base_exception_group,
        ];
        let mut bits = 0u8;
        for base in t.mro.borrow().iter() {
            for (i, c) in classes.iter().enumerate() {
                if std::rc::Rc::ptr_eq(base, c) {
                    bits |= 1 << i;
                }
            }
        }
        SpecialKinds(bits)
    }

    fn is(&self, name: &str) -> bool {
        let i = Self::NAMES.iter().position(|n| *n == name).expect("a special exception class");
        self.0 & (1 << i) != 0
    }
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn oserror_subclass(vm: &Vm, errno: i64) -> Option<ObjRef> {
    let name = match errno {
        11 | 114 | 115 => "BlockingIOError", // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        10 => "ChildProcessError",           // ECHILD
        32 | 108 => "BrokenPipeError",       // EPIPE, ESHUTDOWN
        103 => "ConnectionAbortedError",     // ECONNABORTED
        111 => "ConnectionRefusedError",     // ECONNREFUSED
        104 => "ConnectionResetError",       // ECONNRESET
        17 => "FileExistsError",             // EEXIST
        2 => "FileNotFoundError",            // ENOENT
        21 => "IsADirectoryError",           // EISDIR
        20 => "NotADirectoryError",          // ENOTDIR
        4 => "InterruptedError",             // EINTR
        1 | 13 => "PermissionError",         // EPERM, EACCES
        3 => "ProcessLookupError",           // ESRCH
        110 => "TimeoutError",               // ETIMEDOUT
        _ => return None,
    };
    vm.exc.all.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone())
}

pub fn exception_new(vm: &mut Vm, ty: &ObjRef, args: Args) -> PyResult<Value> {
    let t = ty.as_type().expect("type");
    // Only a class statement can give an exception class its own __init__ or __new__.
    let init = if t.is_heap { t.lookup("__init__") } else { None };
    let custom_init = init.as_ref().is_some_and(|m| matches!(m, Value::Obj(o) if matches!(&**o, Object::Function(_))));
    let custom_new = t.is_heap && vm.overrides_new(ty);
    if custom_new {
        return super::object::object_new_instance(vm, ty, args);
    }
    let kinds = SpecialKinds::of(vm, t);
    let is = |name: &str| kinds.is(name);
    if is("BaseExceptionGroup") {
        let (class, excs) = super::exception_group::check_new(vm, ty, args.pos(), args.has_kwargs())?;
        let exc = vm.new_exception(&class, args.pos().to_vec());
        let e = exc.as_exception().expect("exception");
        e.set_field("message", args.pos()[0].clone());
        e.set_field("exceptions", excs);
        let exc_v = Value::Obj(exc.clone());
        if custom_init {
            let mut all = vec![exc_v.clone()];
            all.extend_from_slice(args.args);
            vm.call(&init.expect("init"), &all, args.kwnames)?;
        }
        return Ok(exc_v);
    }
    let accepts_kwargs = is("NameError") || is("AttributeError") || is("ImportError");
    if args.has_kwargs() && !custom_init && !accepts_kwargs {
        let name = t.name();
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let pos = args.pos().to_vec();
    // OSError(errno, strerror, ...) called on OSError itself becomes the subclass for
    // that errno (FileNotFoundError for ENOENT, ...), as CPython's OSError.__new__ does.
    let mapped;
    let ty = if std::rc::Rc::ptr_eq(ty, &vm.exc.os_error) && (2..=5).contains(&pos.len()) {
        mapped = match pos[0] {
            Value::Int(errno) => oserror_subclass(vm, errno),
            _ => None,
        };
        mapped.as_ref().unwrap_or(ty)
    } else {
        ty
    };
    if !custom_init {
        // The builtin `__init__` of the class's kind, as CPython calls it after `__new__`.
        let exc = vm.new_exception(ty, Vec::new());
        let kw: Vec<(&str, Value)> = args.kw().map(|(k, v)| (k, v.clone())).collect();
        builtin_init(vm, &exc, &kinds, &pos, &kw)?;
        return Ok(Value::Obj(exc));
    }
    // A class with its own `__init__`: `__new__` keeps the arguments as `args` and sets
    // nothing else (the special attributes come from the builtin `__init__`, if the
    // class's calls it); an OSError subclass starts with empty args, as in CPython.
    let exc_args = if is("OSError") { Vec::new() } else { pos };
    let exc = vm.new_exception(ty, exc_args);
    let exc_v = Value::Obj(exc);
    let mut all = vec![exc_v.clone()];
    all.extend_from_slice(args.args);
    vm.call(&init.expect("init"), &all, args.kwnames)?;
    Ok(exc_v)
}

/// The builtin `__init__` of an exception of `kinds` (CPython's `BaseException_init`,
/// `SyntaxError_init`, `SystemExit_init`, `OSError_init`, ...): sets `args` and the
/// kind's special attributes from the arguments.
fn builtin_init(vm: &mut Vm, exc: &ObjRef, kinds: &SpecialKinds, pos: &[Value], kw: &[(&str, Value)]) -> PyResult<()> {
    let is = |name: &str| kinds.is(name);
    let type_name = || exc.as_exception().map(|e| e.class.borrow().as_type().expect("type").name().to_string());
    let e = exc.as_exception().expect("exception");
    // BlockingIOError(errno, strerror, characters_written) keeps all three in args.
    let blocking = vm.exc.all.iter().find(|(n, _)| *n == "BlockingIOError").map(|(_, c)| c.clone());
    let is_blocking = blocking.is_some_and(|b| e.class.borrow().as_type().is_some_and(|t| t.is_subtype_of(&b)));
    let characters_written = is_blocking && pos.len() == 3 && matches!(pos[2], Value::Int(_));
    // With a filename the args are just (errno, strerror).
    let has_filename = (3..=5).contains(&pos.len()) && !pos[2].is_none() && is("OSError") && !characters_written;
    let exc_args = if has_filename { pos[..2].to_vec() } else { pos.to_vec() };
    *e.args.borrow_mut() = vm.new_tuple(exc_args);
    super::bytes::codecs::unicode_error_init(vm, exc, pos)?;
    let e = exc.as_exception().expect("exception");
    if is("StopIteration") {
        e.set_field("value", pos.first().cloned().unwrap_or(Value::None));
    }
    if is("SystemExit") {
        let code = match pos.len() {
            0 => Value::None,
            1 => pos[0].clone(),
            _ => vm.tuple_val(pos.to_vec()),
        };
        e.set_field("code", code);
    }
    let invalid_kw = |vm: &mut Vm, k: &str| {
        let name = type_name().unwrap_or_default();
        vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
    };
    if is("ImportError") {
        e.set_field("msg", if pos.len() == 1 { pos[0].clone() } else { Value::None });
        for (k, v) in kw {
            match *k {
                "name" => e.set_field("name", v.clone()),
                "path" => e.set_field("path", v.clone()),
                _ => return Err(invalid_kw(vm, k)),
            }
        }
    } else if is("NameError") || is("AttributeError") {
        for (k, v) in kw {
            match *k {
                "name" => e.set_field("name", v.clone()),
                "obj" if is("AttributeError") => e.set_field("obj", v.clone()),
                _ => return Err(invalid_kw(vm, k)),
            }
        }
    }
    if is("OSError") && (2..=5).contains(&pos.len()) {
        e.set_field("errno", pos[0].clone());
        e.set_field("strerror", pos[1].clone());
        if characters_written {
            e.set_field("characters_written", pos[2].clone());
        } else if pos.len() >= 3 {
            e.set_field("filename", pos[2].clone());
        }
        // (The fourth argument is Windows' winerror, ignored elsewhere.)
        if pos.len() == 5 {
            e.set_field("filename2", pos[4].clone());
        }
    }
    if is("SyntaxError") {
        e.set_field("msg", pos.first().cloned().unwrap_or(Value::None));
        // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
        if pos.len() == 2 {
            let details = vm.iterate(&pos[1])?;
            if details.len() < 4 {
                return Err(vm.type_error(format!("function takes at least 4 arguments ({} given)", details.len())));
            }
            if details.len() > 6 {
                return Err(vm.type_error(format!("function takes at most 6 arguments ({} given)", details.len())));
            }
            let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
            for (n, v) in names.iter().zip(details.iter()) {
                e.set_field(n, v.clone());
            }
        }
    }
    Ok(())
}

/// The `__init__` of the builtin exceptions whose constructor sets attributes:
/// `super().__init__(...)` in a subclass sets them as CPython's do. OSError's does
/// something only for subclasses with their own `__init__` (its `__new__` did the work
/// otherwise).
fn special_init_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.args[0].clone();
    let Value::Obj(o) = &this else { return Ok(Value::None) };
    if o.as_exception().is_none() {
        return Ok(Value::None);
    }
    let ty = vm.type_of(&this);
    let t = ty.as_type().expect("type");
    let kinds = SpecialKinds::of(vm, t);
    let kw: Vec<(&str, Value)> = a.kw().map(|(k, v)| (k, v.clone())).collect();
    if !kw.is_empty() && !(kinds.is("NameError") || kinds.is("AttributeError") || kinds.is("ImportError")) {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", t.name())));
    }
    if kinds.is("OSError") {
        let own_init =
            t.is_heap && matches!(t.lookup("__init__"), Some(Value::Obj(f)) if matches!(&*f, Object::Function(_)));
        if !own_init {
            return Ok(Value::None);
        }
    }
    let pos = a.pos()[1..].to_vec();
    builtin_init(vm, o, &kinds, &pos, &kw)?;
    Ok(Value::None)
}

/// `BaseException.__str__` and the overrides of builtin subclasses.
pub fn exception_str_builtin(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let Some(e) = o.as_exception() else { return Ok(String::new()) };
    let class = e.class.borrow().clone();
    let t = class.as_type().expect("type");
    let is = |vm: &Vm, name: &str| vm.exc.all.iter().any(|(n, c)| *n == name && t.is_subtype_of(c));
    let args = vm.exc_args(o);
    if let Some(s) = super::bytes::codecs::unicode_error_str(vm, o)? {
        return Ok(s);
    }
    if is(vm, "BaseExceptionGroup") {
        return super::exception_group::group_str(vm, &Value::Obj(o.clone()));
    }
    if is(vm, "KeyError") && args.len() == 1 {
        return vm.repr_string(&args[0]);
    }
    if is(vm, "SyntaxError") {
        let msg = e.field("msg").unwrap_or(Value::None);
        let msg_s = vm.to_str_string(&msg)?;
        let filename = e.field("filename").and_then(|f| vm.as_str_ref(&f).map(str::to_string));
        let lineno = e.field("lineno").and_then(|l| match l {
            Value::Int(i) => Some(i),
            _ => None,
        });
        let base = filename.as_ref().map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        return Ok(match (base, lineno) {
            (Some(f), Some(l)) => format!("{msg_s} ({f}, line {l})"),
            (Some(f), None) => format!("{msg_s} ({f})"),
            (None, Some(l)) => format!("{msg_s} (line {l})"),
            (None, None) => msg_s,
        });
    }
    if is(vm, "ImportError") {
        if let Some(m) = e.field("msg") {
            if !m.is_none() {
                return vm.to_str_string(&m);
            }
        }
    }
    if is(vm, "OSError") {
        if let (Some(errno), Some(strerror)) = (e.field("errno"), e.field("strerror")) {
            if !errno.is_none() && !strerror.is_none() {
                let errno = vm.to_str_string(&errno)?;
                let strerror = vm.to_str_string(&strerror)?;
                let filename2 = e.field("filename2").filter(|f| !f.is_none());
                return Ok(match (e.field("filename"), filename2) {
                    (Some(f), Some(f2)) if !f.is_none() => {
                        format!("[Errno {errno}] {strerror}: {} -> {}", vm.repr_string(&f)?, vm.repr_string(&f2)?)
                    }
                    (Some(f), _) if !f.is_none() => format!("[Errno {errno}] {strerror}: {}", vm.repr_string(&f)?),
                    _ => format!("[Errno {errno}] {strerror}"),
                });
            }
        }
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.to_str_string(&args[0]),
        _ => {
            let t = vm.tuple_val(args);
            vm.to_str_string(&t)
        }
    }
}

impl Vm {
    /// `repr(exc)`: `ValueError('msg')`, or what a class's `__repr__` returns.
    pub fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let ty = self.type_of(v);
        if let Some(m) = ty.as_type().expect("type").lookup("__repr__") {
            if matches!(&m, Value::Obj(f) if matches!(&**f, Object::Function(_))) {
                let r = self.call(&m, &[v.clone()], &[])?;
                return match self.as_str_ref(&r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(self.type_error("__repr__ returned non-string")),
                };
            }
        }
        let Value::Obj(o) = v else { return Ok(String::new()) };
        let name = ty.as_type().expect("type").name();
        let args = self.exc_args(o);
        Ok(match args.len() {
            0 => format!("{name}()"),
            1 => format!("{name}({})", self.repr_string(&args[0])?),
            _ => {
                let t = self.tuple_val(args);
                format!("{name}{}", self.repr_string(&t)?)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_has_every_class() {
        assert_eq!(EXCEPTIONS.len(), 67);
    }
}
