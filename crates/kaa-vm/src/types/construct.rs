//! Creating instances: the `__new__` of builtin types (CPython's `tp_new_wrapper`,
//! with its "is not a subtype" and "is not safe" checks), and the excess-argument rules
//! of `object.__new__` and `object.__init__`.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, BuiltinFunction};
use crate::objects::typeobj::{hook, Layout};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// Builtin exception classes that share their base's `__new__` rather than having
/// their own entry in `__dict__` (CPython's exceptions with a custom struct).
const EXCEPTIONS_WITHOUT_NEW: &[&str] = &[
    "SystemExit",
    "AttributeError",
    "ImportError",
    "NameError",
    "StopIteration",
    "SyntaxError",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "KeyError",
    "ModuleNotFoundError",
    "UnboundLocalError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "ExceptionGroup",
];

/// Gives every builtin type (all of them are reachable from `object` through
/// `__subclasses__`) its own `__new__`, a builtin method bound to the type.
pub fn init(vm: &mut Vm) {
    let mut pending = vec![vm.types.object.clone()];
    while let Some(ty) = pending.pop() {
        let t = ty.as_type().expect("type");
        pending.extend(t.subclasses.borrow().iter().filter_map(|w| w.upgrade()));
        let name = t.name();
        if t.layout == Layout::Exception && EXCEPTIONS_WITHOUT_NEW.contains(&&*name) {
            continue;
        }
        add_new(vm, &ty);
    }
}

/// Gives builtin type `ty` its `__new__` (for types made after start-up, by native
/// modules).
pub fn add_new(vm: &mut Vm, ty: &ObjRef) {
    let new = Rc::new(Object::BuiltinFunction(Box::new(BuiltinFunction {
        name: "__new__",
        func: new_wrapper,
        bound_self: Some(Value::Obj(ty.clone())),
        module: None,
        doc: Some("Create and return a new object.  See help(type) for accurate signature."),
        sig: crate::objects::builtin_func::Sig::Any,
        slot: false,
    })));
    super::set_type_attr(vm, ty, "__new__", Value::Obj(new));
}

/// Whether `v` is a builtin type's `__new__` (as opposed to one a class defines).
pub fn is_builtin_new(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            Object::BuiltinFunction(b) => {
                b.name == "__new__"
                    && matches!(&b.bound_self, Some(Value::Obj(t)) if t.as_type().is_some_and(|t| !t.is_heap))
            }
            _ => false,
        },
        _ => false,
    }
}

impl Vm {
    /// Whether the class defines (or inherits from a class statement) its own
    /// `__new__`.
    pub fn overrides_new(&self, ty: &ObjRef) -> bool {
        ty.as_type().expect("type").attribute_hooks() & hook::NEW != 0
    }

    /// Whether the class defines (or inherits from a class statement) its own
    /// `__init__`, instead of `object.__init__`.
    pub fn overrides_init(&self, ty: &ObjRef) -> bool {
        ty.as_type().expect("type").attribute_hooks() & hook::INIT != 0
    }

    /// The type whose instance-creation code makes instances of `ty` (CPython's
    /// `tp_new` identity): classes use their nearest builtin base's; all builtin
    /// exceptions share BaseException's.
    pub fn new_impl(&self, ty: &ObjRef) -> ObjRef {
        let mro = ty.as_type().expect("type").mro.borrow().clone();
        let builtin = mro.into_iter().find(|t| !t.as_type().expect("type").is_heap).unwrap_or_else(|| ty.clone());
        if builtin.as_type().expect("type").layout == Layout::Exception {
            return self.exc.base_exception.clone();
        }
        builtin
    }

    /// `object.__new__(cls, *args, **kwargs)` once `cls` is known to be a class whose
    /// instances are plain objects.
    pub fn object_new(&mut self, cls: &ObjRef, args: Args) -> PyResult<Value> {
        if !args.args.is_empty() {
            if self.overrides_new(cls) {
                return Err(self.type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
            }
            if !self.overrides_init(cls) {
                let name = cls.as_type().expect("type").name();
                return Err(self.type_error(format!("{name}() takes no arguments")));
            }
        }
        Ok(super::object::new_instance_of(cls))
    }

    /// `object.__init__(self, *args, **kwargs)`.
    pub fn object_init(&mut self, obj: &Value, args: Args) -> PyResult<()> {
        if args.args.is_empty() {
            return Ok(());
        }
        let ty = self.type_of(obj);
        if self.overrides_init(&ty) {
            return Err(self.type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        // Only when object.__new__ made the instance (which ignores the arguments too).
        let object_new = !self.overrides_new(&ty) && Rc::ptr_eq(&self.new_impl(&ty), &self.types.object);
        if object_new {
            let name = ty.as_type().expect("type").name();
            return Err(
                self.type_error(format!("{name}.__init__() takes exactly one argument (the instance to initialize)"))
            );
        }
        Ok(())
    }
}

/// `X.__new__(S, *args, **kwargs)` for a builtin type X: S must be a subtype of X, and
/// X's instance creation must be the right one for S (else "is not safe").
fn new_wrapper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Obj(owner)) = a.args.first() else { return Err(vm.type_error("__new__ needs its type")) };
    let owner = owner.clone();
    let xname = owner.as_type().expect("type").tp_name();
    let rest = a.shift();
    let sub = match rest.pos().first() {
        None => return Err(vm.type_error(format!("{xname}.__new__(): not enough arguments"))),
        Some(Value::Obj(s)) if s.as_type().is_some() => s.clone(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("{xname}.__new__(X): X is not a type object ({tn})")));
        }
    };
    let sname = sub.as_type().expect("type").tp_name();
    if !vm.is_subclass_ref(&sub, &owner) {
        return Err(vm.type_error(format!("{xname}.__new__({sname}): {sname} is not a subtype of {xname}")));
    }
    // The most derived base of S that does not define __new__ in Python must create
    // its instances the way X does (object.__new__(int) would make a hollow int).
    let mut staticbase = sub.clone();
    while staticbase.as_type().expect("type").is_heap && vm.overrides_new(&staticbase) {
        let base = staticbase.as_type().expect("type").bases.borrow().first().cloned();
        match base {
            Some(b) => staticbase = b,
            None => break,
        }
    }
    if !Rc::ptr_eq(&vm.new_impl(&staticbase), &vm.new_impl(&owner)) {
        let bname = staticbase.as_type().expect("type").tp_name();
        return Err(vm.type_error(format!("{xname}.__new__({sname}) is not safe, use {bname}.__new__()")));
    }
    let args = rest.shift();
    let impl_ty = vm.new_impl(&owner);
    if Rc::ptr_eq(&impl_ty, &vm.types.object) {
        return vm.object_new(&sub, args);
    }
    if Rc::ptr_eq(&impl_ty, &vm.exc.base_exception) {
        // BaseException.__new__ stores the arguments; __init__ does the rest.
        let e = vm.new_exception(&sub, args.pos().to_vec());
        return Ok(Value::Obj(e));
    }
    if Rc::ptr_eq(&impl_ty, &vm.types.type_) {
        let n = args.pos().len();
        if n != 3 {
            return Err(vm.type_error(format!("type.__new__() takes exactly 3 arguments ({n} given)")));
        }
    }
    let t = sub.as_type().expect("type");
    let ctor = t.mro.borrow().iter().find_map(|b| b.as_type().expect("type").constructor.get());
    let Some(ctor) = ctor else {
        return Err(vm.type_error(format!("cannot create '{sname}' instances")));
    };
    // Mutable containers are filled by __init__; their __new__ makes them empty.
    let mutable = [vm.types.list.clone(), vm.types.dict.clone(), vm.types.set.clone()];
    let value = if mutable.iter().any(|m| Rc::ptr_eq(m, &impl_ty)) {
        ctor(vm, &sub, Args::new(&[]))?
    } else {
        ctor(vm, &sub, args)?
    };
    // An instance of a class deriving from the builtin type carries the value.
    let is_sub = sub.as_type().expect("type").is_heap && impl_ty.as_type().expect("type").layout == Layout::Builtin;
    Ok(if is_sub { instance_with_base(&sub, value) } else { value })
}

/// An instance of `cls`, a class deriving from a builtin type, extending `base` (a value
/// of that type).
pub fn instance_with_base(cls: &ObjRef, base: Value) -> Value {
    let nslots = cls.as_type().expect("type").slot_names.len();
    Value::from_obj(Object::Instance(crate::objects::instance::InstanceObj {
        class: std::cell::RefCell::new(cls.clone()),
        dict: std::cell::RefCell::new(None),
        slots: Some(crate::objects::instance::SlotValues::with_base(nslots, base)),
    }))
}
