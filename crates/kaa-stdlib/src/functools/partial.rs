//! `functools.partial`: a callable holding a function with some of its arguments.
//!
//! Calling one calls the function with no frame of its own. CPython 3.11 calls a
//! `partial` through its vectorcall (no recursion level) unless it has keywords or its
//! function has no vectorcall: then, and for subclasses, through `tp_call`, which
//! counts a level; `call` below does the same.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use kaa_vm::objects::builtin_func::{Args, MethodKind, NoKw, PosName, Sig};
use kaa_vm::objects::dict::DictObj;
use kaa_vm::objects::native::NativeObj;
use kaa_vm::protocols::hash::id_of;
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};

use super::{add, arg, has_vectorcall, payload};

/// A partial object's state. Each part is replaceable by `__setstate__`.
pub struct Partial {
    pub func: RefCell<Value>,
    /// A tuple.
    pub args: RefCell<ObjRef>,
    /// A dict (mutable: `p.keywords` is this dict, and changing it changes later calls).
    pub keywords: RefCell<ObjRef>,
    /// Whether CPython would give the object its vectorcall: its function has one.
    pub vectorcall: Cell<bool>,
}

const DOC: &str = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n";

pub fn make_type(vm: &mut Vm) -> ObjRef {
    let ty = kaa_vm::types::make_native_type(vm, "partial", "functools", true, true, Some(new));
    ty.as_type().expect("a type").native_call.set(Some(call));
    // The type's dict in CPython's order (`vars(functools.partial)`).
    add(vm, &ty, "__repr__", repr, Sig::Wrap(0), MethodKind::Instance);
    add(vm, &ty, "__call__", call_slot, Sig::Any, MethodKind::Instance);
    super::add_generic_attribute_slots(vm, &ty, true);
    add(vm, &ty, "__reduce__", reduce, Sig::NoArgs, MethodKind::Instance);
    add(vm, &ty, "__setstate__", setstate, Sig::One, MethodKind::Instance);
    let class_getitem = Sig::Pos { min: 1, max: 1, name: PosName::Short, kw: NoKw::Qual };
    add(vm, &ty, "__class_getitem__", class_getitem_fn, class_getitem, MethodKind::Class);
    kaa_vm::types::add_member(vm, &ty, "func", |vm, v| Ok(state(vm, v)?.func.borrow().clone()), None);
    kaa_vm::types::add_member(vm, &ty, "args", |vm, v| Ok(Value::Obj(state(vm, v)?.args.borrow().clone())), None);
    kaa_vm::types::add_member(
        vm,
        &ty,
        "keywords",
        |vm, v| Ok(Value::Obj(state(vm, v)?.keywords.borrow().clone())),
        None,
    );
    // CPython's offset of the vectorcall pointer in its object struct, as a read-only
    // member (instances read the pointer itself there; the offset stands in for it).
    kaa_vm::types::add_member(vm, &ty, "__vectorcalloffset__", |_vm, _v| Ok(Value::Int(56)), None);
    kaa_vm::types::add_instance_dict(vm, &ty);
    kaa_vm::types::set_doc(vm, &ty, DOC);
    super::publish_type(vm, &ty, "functools.partial");
    ty
}

fn state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Partial> {
    payload::<Partial>(vm, v, "functools.partial")
}

/// `partial(func, *args, **keywords)` (and `partial.__new__`). A partial of a partial
/// whose class calls it as a partial and that has no attributes of its own is
/// flattened: `partial(partial(f, 1), 2)` is `partial(f, 1, 2)`.
fn new(vm: &mut Vm, cls: &ObjRef, a: Args) -> PyResult<Value> {
    let pos = a.pos();
    let Some(first) = pos.first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    let mut func = first.clone();
    let mut inner: Option<(ObjRef, ObjRef)> = None;
    if let Value::Obj(o) = first {
        if let Object::Native(n) = &**o {
            if let Some(p) = n.data::<Partial>() {
                if n.dict.borrow().is_none() && calls_as_partial(vm, &n.class) {
                    inner = Some((p.args.borrow().clone(), p.keywords.borrow().clone()));
                    func = p.func.borrow().clone();
                }
            }
        }
    }
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut args: Vec<Value> = Vec::new();
    if let Some((inner_args, _)) = &inner {
        args.extend(inner_args.as_tuple().unwrap_or(&[]).iter().cloned());
    }
    args.extend_from_slice(&pos[1..]);
    let keywords = match &inner {
        Some((_, kw)) if kw.as_dict().is_some_and(|d| !d.is_empty()) => {
            let d = kw.as_dict().map(DictObj::copy).unwrap_or_else(DictObj::new);
            for (k, v) in a.kwnames.iter().zip(&a.args[pos.len()..]) {
                d.set_item(vm, k.clone(), v.clone())?;
            }
            kaa_vm::Value::from_obj(Object::Dict(Box::new(d)))
        }
        _ => {
            let d = DictObj::new();
            for (k, v) in a.kwnames.iter().zip(&a.args[pos.len()..]) {
                d.set_item(vm, k.clone(), v.clone())?;
            }
            kaa_vm::Value::from_obj(Object::Dict(Box::new(d)))
        }
    };
    let Value::Obj(keywords) = keywords else { return Err(vm.type_error("partial: keywords")) };
    let vectorcall = has_vectorcall(&func);
    let args = vm.new_tuple(args);
    Ok(NativeObj::new_value(
        cls,
        Partial {
            func: RefCell::new(func),
            args: RefCell::new(args),
            keywords: RefCell::new(keywords),
            vectorcall: Cell::new(vectorcall),
        },
    ))
}

/// Whether objects of `class` are called as partial objects (CPython compares the
/// type's call slot with partial's): the class does not define its own `__call__`.
fn calls_as_partial(vm: &Vm, class: &ObjRef) -> bool {
    let Some(t) = class.as_type() else { return false };
    let Some(partial) = vm.native_types.get("functools.partial") else { return false };
    match t.lookup("__call__") {
        Some(Value::Obj(m)) => {
            matches!(&*m, Object::MethodDescriptor(d) if d.name == "__call__" && Rc::ptr_eq(&d.owner, partial))
        }
        _ => false,
    }
}

/// Calling a `partial` object itself (its type's native call): vectorcall when CPython
/// would use it, else `tp_call` with its level of recursion.
fn call(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = state(vm, this)?;
    let has_keywords = p.keywords.borrow().as_dict().is_some_and(|d| !d.is_empty());
    if has_keywords || !p.vectorcall.get() {
        vm.enter_native_for(" while calling a Python object")?;
        let r = call_with(vm, this, args, kwnames);
        vm.leave_native();
        return r;
    }
    call_with(vm, this, args, kwnames)
}

/// `partial.__call__` (the `tp_call` slot; whoever calls it counts the level).
fn call_slot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(this) = a.args.first() else {
        return Err(vm.type_error("descriptor '__call__' of 'functools.partial' object needs an argument"));
    };
    call_with(vm, this, &a.args[1..], a.kwnames)
}

/// The function called with the stored arguments before the given ones, and the
/// stored keywords updated by the given ones.
fn call_with(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let p = state(vm, this)?;
    let func = p.func.borrow().clone();
    let stored = p.args.borrow().clone();
    let keywords = p.keywords.borrow().clone();
    let stored_args = stored.as_tuple().unwrap_or(&[]);
    let npos = args.len() - kwnames.len();
    let kw = keywords.as_dict().filter(|d| !d.is_empty());
    let Some(kw) = kw else {
        if stored_args.is_empty() {
            return vm.call(&func, args, kwnames);
        }
        let mut all = Vec::with_capacity(stored_args.len() + args.len());
        all.extend_from_slice(stored_args);
        all.extend_from_slice(args);
        return vm.call(&func, &all, kwnames);
    };
    let items = if kwnames.is_empty() {
        kw.items()
    } else {
        let merged = kw.copy();
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            merged.set_item(vm, k.clone(), v.clone())?;
        }
        merged.items()
    };
    let mut all = Vec::with_capacity(stored_args.len() + npos + items.len());
    all.extend_from_slice(stored_args);
    all.extend_from_slice(&args[..npos]);
    let mut names = Vec::with_capacity(items.len());
    for (k, v) in items {
        // CPython unpacks the keywords dict into names before the call.
        if !matches!(&k, Value::Obj(o) if o.as_str().is_some()) {
            return Err(vm.type_error("keywords must be strings"));
        }
        names.push(k);
        all.push(v);
    }
    vm.call(&func, &all, &names)
}

/// `repr(p)`: `functools.partial(<function f at 0x...>, 1, a=2)`, with the type's
/// name for a subclass, and `...` for a partial inside its own arguments.
fn repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    let id = id_of(&this);
    if vm.repr_stack.contains(&id) {
        return Ok(vm.str_val("..."));
    }
    vm.repr_stack.push(id);
    let r = repr_text(vm, &this);
    if let Some(i) = vm.repr_stack.iter().rposition(|x| *x == id) {
        vm.repr_stack.remove(i);
    }
    let text = r?;
    Ok(vm.str_val(&text))
}

fn repr_text(vm: &mut Vm, this: &Value) -> PyResult<String> {
    let p = state(vm, this)?;
    let func = p.func.borrow().clone();
    let args = p.args.borrow().clone();
    let keywords = p.keywords.borrow().clone();
    // CPython formats the arguments, then the keywords (str of the key), and the
    // function last.
    let mut rest = String::new();
    for v in args.as_tuple().unwrap_or(&[]).to_vec() {
        rest.push_str(", ");
        rest.push_str(&vm.repr_string(&v)?);
    }
    for (k, v) in keywords.as_dict().map(|d| d.items()).unwrap_or_default() {
        rest.push_str(", ");
        rest.push_str(&vm.to_str_string(&k)?);
        rest.push('=');
        rest.push_str(&vm.repr_string(&v)?);
    }
    let f = vm.repr_string(&func)?;
    let class = vm.type_of(this);
    let name = class.as_type().map(|t| t.tp_name()).unwrap_or_else(|| "partial".into());
    Ok(format!("{name}({f}{rest})"))
}

/// `p.__reduce__()`: `(type(p), (func,), (func, args, keywords, __dict__ or None))`.
fn reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    let p = state(vm, &this)?;
    let func = p.func.borrow().clone();
    let args = Value::Obj(p.args.borrow().clone());
    let keywords = Value::Obj(p.keywords.borrow().clone());
    let dict = vm.instance_dict(&this).map(Value::Obj).unwrap_or(Value::None);
    let class = Value::Obj(vm.type_of(&this));
    let ctor_args = vm.tuple_val(vec![func.clone()]);
    let st = vm.tuple_val(vec![func, args, keywords, dict]);
    Ok(vm.tuple_val(vec![class, ctor_args, st]))
}

/// `p.__setstate__((func, args, keywords, dict))`, as unpickling calls it.
fn setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    let st = arg(vm, &a, 1)?;
    let parts = match &st {
        Value::Obj(o) => o.as_tuple().filter(|t| t.len() == 4).map(<[Value]>::to_vec),
        _ => None,
    };
    let Some(parts) = parts else { return Err(vm.type_error("invalid partial state")) };
    let (func, args, keywords, dict) = (&parts[0], &parts[1], &parts[2], &parts[3]);
    let is_tuple = matches!(args, Value::Obj(o) if matches!(&**o, Object::Tuple(_)))
        || vm.is_instance_of(args, &vm.types.tuple.clone());
    let is_dict = |vm: &Vm, v: &Value| vm.is_instance_of(v, &vm.types.dict.clone());
    if !vm.is_callable(func) || !is_tuple || (!keywords.is_none() && !is_dict(vm, keywords)) {
        return Err(vm.type_error("invalid partial state"));
    }
    // A tuple or dict subclass is stored as a plain tuple or dict.
    let args = match args {
        Value::Obj(o) if matches!(&**o, Object::Tuple(_)) => o.clone(),
        other => {
            let items = vm.iterate(other)?;
            vm.new_tuple(items)
        }
    };
    let keywords = match keywords {
        Value::None => vm.new_dict(),
        Value::Obj(o) if matches!(&**o, Object::Dict(_)) => o.clone(),
        other => {
            let copy = vm.new_dict();
            let target = Value::Obj(copy.clone());
            vm.call_method(&target, "update", std::slice::from_ref(other))?;
            copy
        }
    };
    let p = state(vm, &this)?;
    let vectorcall = has_vectorcall(func);
    let old = (p.func.replace(func.clone()), p.args.replace(args), p.keywords.replace(keywords));
    p.vectorcall.set(vectorcall);
    if let Value::Obj(o) = &this {
        if let Object::Native(n) = &**o {
            let new_dict = match dict {
                Value::Obj(d) if d.as_dict().is_some() => Some(d.clone()),
                _ => None,
            };
            let old_dict = n.dict.replace(new_dict);
            drop(old_dict);
        }
    }
    drop(old);
    Ok(Value::None)
}

/// `partial[int]`: a `types.GenericAlias`.
fn class_getitem_fn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (cls, item) = (arg(vm, &a, 0)?, arg(vm, &a, 1)?);
    vm.generic_alias(&cls, &item)
}
