//! `_functools`: the parts of `functools` CPython writes in C — `partial`, `reduce`,
//! `cmp_to_key` (with its `functools.KeyWrapper` objects) and `_lru_cache_wrapper`.
//! `lib/functools.py` imports them from here and adds the rest.
//!
//! Being native matters beyond speed: a call through these wrappers adds no frame (so
//! tracebacks, `sys._getframe(1)` and "[Previous line repeated N more times]" look as
//! in CPython) and counts against the recursion limit exactly as CPython's C code
//! counts it (see each type's call function).

mod keywrapper;
mod lru_cache;
mod partial;

use kaa_vm::objects::builtin_func::{
    is_slot_wrapper, Args, BuiltinFunction, MethodDescriptor, MethodKind, NativeFn, Sig,
};
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("_functools");
    let Object::Module(m) = &*module else { return Err(vm.type_error("_functools: not a module")) };
    let d = m.dict.clone();
    let Some(dict) = d.as_dict() else { return Err(vm.type_error("_functools: no namespace")) };
    let doc = vm.str_val("Tools that operate on functions.");
    dict.set_str(vm, "__doc__", doc);
    let functions: [(&'static str, NativeFn, &'static str); 2] = [
        ("reduce", reduce, REDUCE_DOC),
        ("cmp_to_key", keywrapper::cmp_to_key, "Convert a cmp= function into a key= function."),
    ];
    for (name, func, doc) in functions {
        let f = Value::from_obj(Object::BuiltinFunction(Box::new(BuiltinFunction {
            name,
            func,
            bound_self: None,
            module: Some("_functools"),
            doc: Some(doc),
            sig: Sig::Any,
            slot: false,
        })));
        dict.set_str(vm, name, f);
    }
    let partial = partial::make_type(vm);
    dict.set_str(vm, "partial", Value::Obj(partial));
    let wrapper = lru_cache::make_type(vm);
    dict.set_str(vm, "_lru_cache_wrapper", Value::Obj(wrapper));
    keywrapper::make_type(vm);
    Ok(module)
}

const REDUCE_DOC: &str = "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.";

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // An old-style (METH_VARARGS) function: keywords are refused before the count.
    vm.no_kwargs("reduce", &a)?;
    let pos = vm.check_positional("reduce", &a, 2, 3)?;
    let func = pos[0].clone();
    let it = match vm.get_iter(&pos[1]) {
        Ok(it) => it,
        Err(e) if vm.err_matches(&e, &vm.exc.type_error.clone()) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    let mut acc = pos.get(2).cloned();
    while let Some(item) = vm.next(&it)? {
        acc = Some(match acc {
            None => item,
            Some(value) => vm.call(&func, &[value, item], &[])?,
        });
    }
    match acc {
        Some(v) => Ok(v),
        None => Err(vm.type_error("reduce() of empty iterable with no initial value")),
    }
}

/// Whether CPython 3.11 calls `f` through a vectorcall function, which counts no level
/// of recursion, rather than through `tp_call`, which counts one. (Kaa's own call of
/// `f` counts what calling `f` itself costs; this is about the caller's call.)
fn has_vectorcall(f: &Value) -> bool {
    let Value::Obj(o) = f else { return false };
    match &**o {
        Object::Function(_) | Object::BoundMethod(_) => true,
        // Slot wrappers have only tp_call; so do old-style (METH_VARARGS) functions.
        Object::BuiltinFunction(b) => {
            let varargs = b.module == Some("_functools") && b.name == "reduce";
            !b.slot && !varargs
        }
        Object::MethodDescriptor(m) => !m.slot,
        Object::Type(t) => t.has_vectorcall(),
        Object::Native(n) => {
            n.class.as_type().is_some_and(|t| !t.is_heap)
                && n.data::<partial::Partial>().is_some_and(|p| p.vectorcall.get())
        }
        _ => false,
    }
}

/// The payload `T` of `v`, or the TypeError of a method applied to another object
/// (which the descriptors' own checks normally prevent).
fn payload<'a, T: 'static>(vm: &mut Vm, v: &'a Value, tname: &str) -> PyResult<&'a T> {
    match v {
        Value::Obj(o) => match o.native::<T>() {
            Some(p) => Ok(p),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("expected a '{tname}' object, got '{tn}'")))
            }
        },
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("expected a '{tname}' object, got '{tn}'")))
        }
    }
}

/// The type registered under `name` by this module's `init`.
/// Finishes one of this module's types: `__module__` is `functools` and the type is
/// registered under its qualified `name` (for `registered_type`).
fn publish_type(vm: &mut Vm, ty: &ObjRef, name: &'static str) {
    let module = vm.str_val("functools");
    kaa_vm::types::set_type_attr(vm, ty, "__module__", module);
    vm.native_types.insert(name, ty.clone());
}

fn registered_type(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    match vm.native_types.get(name) {
        Some(t) => Ok(t.clone()),
        None => Err(vm.runtime_error(format!("{name} is not initialized"))),
    }
}

/// Argument `i` of a method (the descriptors' checks guarantee the count; this keeps
/// a bad call an error rather than a panic).
fn arg(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Value> {
    match a.args.get(i) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error(format!("expected {} arguments, got {}", i + 1, a.args.len()))),
    }
}

/// Adds method `name` to native type `ty`, checking its arguments as `sig` says (a
/// slot name makes it a slot wrapper, as in CPython).
fn add(vm: &mut Vm, ty: &ObjRef, name: &'static str, func: NativeFn, sig: Sig, kind: MethodKind) {
    let owner = ty.as_type().map(|t| t.name()).unwrap_or_else(|| "".into());
    let slot = kind == MethodKind::Instance && is_slot_wrapper(&owner, name);
    let desc = Value::from_obj(Object::MethodDescriptor(Box::new(MethodDescriptor {
        name,
        func,
        owner: ty.clone(),
        kind,
        doc: None,
        sig,
        slot,
    })));
    kaa_vm::types::set_type_attr(vm, ty, name, desc);
}

/// `__getattribute__` (and with `setters`, `__setattr__` and `__delattr__`): the
/// generic attribute access CPython's type lists as its own slots.
fn add_generic_attribute_slots(vm: &mut Vm, ty: &ObjRef, setters: bool) {
    add(vm, ty, "__getattribute__", getattribute, Sig::Wrap(1), MethodKind::Instance);
    if setters {
        add(vm, ty, "__setattr__", setattr, Sig::Wrap(2), MethodKind::Instance);
        add(vm, ty, "__delattr__", delattr, Sig::Wrap(1), MethodKind::Instance);
    }
}

fn getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, name) = (arg(vm, &a, 0)?, arg(vm, &a, 1)?);
    let name = kaa_vm::types::attr_name(vm, &name)?;
    vm.object_getattribute(&obj, &name)
}

fn setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, name, value) = (arg(vm, &a, 0)?, arg(vm, &a, 1)?, arg(vm, &a, 2)?);
    let name = kaa_vm::types::attr_name(vm, &name)?;
    vm.generic_setattr(&obj, &name, Some(value))?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (obj, name) = (arg(vm, &a, 0)?, arg(vm, &a, 1)?);
    let name = kaa_vm::types::attr_name(vm, &name)?;
    vm.generic_setattr(&obj, &name, None)?;
    Ok(Value::None)
}
