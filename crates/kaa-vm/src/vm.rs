//! The interpreter state: builtin types, the builtins and `sys.modules` namespaces, the
//! frame stack, the exception being handled, and constructors for common objects.
//!
//! One `Vm` per thread; values are not `Send`. Everything that can raise takes
//! `&mut Vm`.

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::frame::{Frame, ValueStack};
use crate::object::Object;
use crate::objects::builtin_func::{BuiltinFunction, NativeFn};
use crate::objects::dict::DictObj;
use crate::objects::module::ModuleObj;
use crate::objects::str::PyStr;
use crate::objects::textio::{Stream, TextIOObj};
use crate::types::{ExcTypes, Types};
use crate::value::{ObjRef, Value};

/// Creates a builtin module; registered with [`Vm::register_module`].
pub type ModuleInit = fn(&mut Vm) -> crate::error::PyResult<ObjRef>;

/// Default for `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

pub struct Vm {
    pub types: Types,
    pub exc: ExcTypes,
    /// The `builtins` module and its dict.
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The `sys` module's dict, once created (print, displayhook and friends read it).
    pub sys_dict: Option<ObjRef>,
    pub frames: Vec<Frame>,
    pub stack: ValueStack,
    pub recursion_limit: usize,
    /// Nesting of Rust code calling back into Python or recursing over values (repr of
    /// nested lists, comparisons); counted with Python frames against the limit.
    pub native_depth: usize,
    /// The exception currently being handled by the running activation, if any.
    pub handled: Option<ObjRef>,
    /// While generators run: the `handled` of each activation that resumed one (see
    /// `eval/generator.rs`); `sys.exc_info()` falls back to these.
    pub outer_handled: Vec<Option<ObjRef>>,
    /// The record of a generator frame that just executed `YIELD_VALUE`, for the
    /// generator to take back.
    pub suspended: Option<Frame>,
    /// `sys.settrace` and `sys.setprofile` functions (see eval/trace.rs).
    pub trace_func: Option<Value>,
    pub profile_func: Option<Value>,
    /// Either is set: the eval loop runs its tracing instantiation.
    pub tracing: bool,
    /// A trace or profile function is running (nothing is traced meanwhile).
    pub in_trace_hook: bool,
    interned: HashMap<Rc<str>, ObjRef>,
    pub empty_tuple: ObjRef,
    pub empty_str: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub stdin: ObjRef,
    pub stdout: ObjRef,
    pub stderr: ObjRef,
    /// Builtin modules by name, created on first import.
    pub native_modules: Vec<(&'static str, ModuleInit)>,
    /// Modules whose Python source is compiled into the binary: (name, source).
    pub frozen_modules: Vec<(&'static str, &'static str)>,
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Directories searched by `import` (`sys.path`).
    pub path: Vec<String>,
    /// Set by `-i`/the REPL: the interactive loop prints results through displayhook.
    pub interactive: bool,
    /// Modules whose code is running (their import has not finished): CPython's
    /// "partially initialized module" errors name them.
    pub initializing: Vec<String>,
    /// Cached MRO lookups for attribute access.
    pub type_cache: crate::objects::typeobj::TypeCache,
    /// Warnings already shown (the warnings module's "default" action shows each once
    /// per location).
    pub warnings_shown: std::collections::HashSet<String>,
    /// Types that native modules define, by qualified name (`functools.KeyWrapper`), so
    /// their code can find them again when it makes objects (they belong to this VM,
    /// not to the thread).
    pub native_types: HashMap<&'static str, ObjRef>,
}

impl Vm {
    /// A fresh interpreter with the builtins installed (no `sys` until the embedding
    /// registers it; see `kaa-stdlib`).
    pub fn new() -> Vm {
        crate::protocols::hash::init_secret();
        let types = Types::new();
        let exc = ExcTypes::new(&types);
        let new_dict = || Rc::new(Object::Dict(Box::new(DictObj::new())));
        let builtins_dict = new_dict();
        let builtins = Rc::new(Object::Module(Box::new(ModuleObj { dict: builtins_dict.clone() })));
        let mut vm = Vm {
            types,
            exc,
            builtins,
            builtins_dict,
            modules: new_dict(),
            sys_dict: None,
            frames: Vec::new(),
            stack: ValueStack::new(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            handled: None,
            outer_handled: Vec::new(),
            suspended: None,
            trace_func: None,
            profile_func: None,
            tracing: false,
            in_trace_hook: false,
            interned: HashMap::new(),
            empty_tuple: Rc::new(Object::Tuple(Box::new([]))),
            empty_str: Rc::new(Object::Str(PyStr::new(""))),
            not_implemented: Rc::new(Object::NotImplemented),
            ellipsis: Rc::new(Object::Ellipsis),
            stdin: Rc::new(Object::TextIO(Box::new(TextIOObj::new(Stream::Stdin)))),
            stdout: Rc::new(Object::TextIO(Box::new(TextIOObj::new(Stream::Stdout)))),
            stderr: Rc::new(Object::TextIO(Box::new(TextIOObj::new(Stream::Stderr)))),
            native_modules: Vec::new(),
            frozen_modules: Vec::new(),
            repr_stack: Vec::new(),
            argv: Vec::new(),
            path: Vec::new(),
            interactive: false,
            initializing: Vec::new(),
            type_cache: Default::default(),
            warnings_shown: Default::default(),
            native_types: HashMap::new(),
        };
        crate::types::init(&mut vm);
        crate::builtins::init(&mut vm);
        let (modules, builtins) = (vm.modules.clone(), vm.builtins.clone());
        modules.as_dict().expect("dict").set_str(&mut vm, "builtins", Value::Obj(builtins));
        vm
    }

    /// Interpreter shutdown for the `__main__` namespace `main`: its values are released
    /// in insertion order (keeping `__builtins__`), as CPython's finalization does, so
    /// `__del__` methods run and generators still suspended there are closed.
    pub fn shutdown(&mut self, main: &ObjRef) {
        self.run_finalizers();
        self.finalize_left_objects(main);
        let Some(dict) = main.as_dict() else { return };
        for key in dict.keys() {
            if self.as_str_ref(&key) == Some("__builtins__") {
                continue;
            }
            let _ = dict.set_item(self, key, Value::None);
            self.run_finalizers();
        }
    }

    /// The exception being handled, as `sys.exc_info()` sees it: the running
    /// activation's, else that of the nearest generator resumer handling one.
    pub fn topmost_handled(&self) -> Option<ObjRef> {
        match &self.handled {
            Some(h) => Some(h.clone()),
            None => self.outer_handled.iter().rev().find_map(|h| h.clone()),
        }
    }

    // ----- strings ----------------------------------------------------------------------

    /// A new str object.
    pub fn new_str(&mut self, s: &str) -> ObjRef {
        if s.is_empty() {
            return self.empty_str.clone();
        }
        Rc::new(Object::Str(PyStr::new(s)))
    }

    pub fn new_string(&mut self, s: String) -> ObjRef {
        if s.is_empty() {
            return self.empty_str.clone();
        }
        Rc::new(Object::Str(PyStr::from_string(s)))
    }

    /// A str value.
    pub fn str_val(&mut self, s: &str) -> Value {
        Value::Obj(self.new_str(s))
    }

    /// The interned str object for `s` (names of variables and attributes).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = Rc::new(Object::Str(PyStr::new(s)));
        self.interned.insert(Rc::from(s), o.clone());
        o
    }

    // ----- containers -------------------------------------------------------------------

    pub fn new_tuple(&self, items: Vec<Value>) -> ObjRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        Rc::new(Object::Tuple(items.into_boxed_slice()))
    }

    pub fn tuple_val(&self, items: Vec<Value>) -> Value {
        Value::Obj(self.new_tuple(items))
    }

    pub fn new_list(&self, items: Vec<Value>) -> ObjRef {
        Rc::new(Object::List(std::cell::RefCell::new(items)))
    }

    pub fn new_dict(&self) -> ObjRef {
        Rc::new(Object::Dict(Box::new(DictObj::new())))
    }

    /// A builtin function object of the `builtins` module.
    pub fn new_builtin(&self, name: &'static str, func: NativeFn) -> ObjRef {
        self.new_builtin_in("builtins", name, func)
    }

    /// A builtin function object of module `module`.
    pub fn new_builtin_in(&self, module: &'static str, name: &'static str, func: NativeFn) -> ObjRef {
        Rc::new(Object::BuiltinFunction(Box::new(BuiltinFunction {
            name,
            func,
            bound_self: None,
            module: Some(module),
            doc: crate::types::doc_of(module, name).0,
            sig: crate::types::signature_of(module, name),
            slot: false,
        })))
    }

    /// A module object named `name` with an empty namespace.
    pub fn new_module(&mut self, name: &str) -> ObjRef {
        let dict = self.new_dict();
        let d = dict.as_dict().expect("dict");
        let name_v = self.str_val(name);
        d.set_str(self, "__name__", name_v);
        d.set_str(self, "__doc__", Value::None);
        d.set_str(self, "__package__", Value::None);
        d.set_str(self, "__loader__", Value::None);
        d.set_str(self, "__spec__", Value::None);
        Rc::new(Object::Module(Box::new(ModuleObj { dict })))
    }

    /// Makes a builtin module importable by name.
    pub fn register_module(&mut self, name: &'static str, init: ModuleInit) {
        self.native_modules.push((name, init));
    }

    /// Makes a module whose source is compiled into the binary importable.
    pub fn register_frozen(&mut self, name: &'static str, source: &'static str) {
        self.frozen_modules.push((name, source));
    }

    /// A value of `sys` (`sys.stdout`, `sys.displayhook`), if sys exists and has it.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        self.sys_dict.as_ref()?.as_dict()?.get_str(name)
    }

    /// Flushes the standard streams (at exit, before reading input, before tracebacks).
    pub fn flush_std(&mut self) {
        for stream in [self.stdout.clone(), self.stderr.clone()] {
            if let Object::TextIO(t) = &*stream {
                t.flush();
            }
        }
        if let Some(Value::Obj(o)) = self.sys_attr("stdout") {
            if let Object::TextIO(t) = &*o {
                t.flush();
            } else {
                let _ = self.call_method(&Value::Obj(o), "flush", &[]);
            }
        }
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
