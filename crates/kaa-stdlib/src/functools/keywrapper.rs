//! `functools.cmp_to_key` and its `functools.KeyWrapper` objects.
//!
//! `cmp_to_key(mycmp)` returns a KeyWrapper without an object; calling it wraps one
//! (`K(obj)`), and two wrapped objects compare by the sign of `mycmp(a, b)` — the
//! comparison runs `mycmp` directly, so sorting with such a key adds only `mycmp`'s
//! own frames.

use std::cell::RefCell;
use std::rc::Rc;

use kaa_bytecode::CompareOp;
use kaa_vm::objects::builtin_func::{Args, MethodKind, NativeFn, Sig};
use kaa_vm::objects::native::NativeObj;
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};

use super::{add, arg, payload, registered_type};
use crate::args::{parse, Params};

/// A key: the comparison function, and the wrapped object (`Null` for the factory
/// `cmp_to_key` returns, or after `del k.obj`).
pub struct KeyWrapper {
    cmp: Value,
    obj: RefCell<Value>,
}

pub fn make_type(vm: &mut Vm) -> ObjRef {
    // Neither subclassable nor instantiable from Python, as in CPython.
    let ty = kaa_vm::types::make_native_type(vm, "KeyWrapper", "functools", false, false, None);
    if let Some(t) = ty.as_type() {
        t.native_call.set(Some(call));
    }
    add(vm, &ty, "__call__", call_slot, Sig::Any, MethodKind::Instance);
    super::add_generic_attribute_slots(vm, &ty, false);
    let compares: [(&'static str, NativeFn); 6] = [
        ("__lt__", |vm, a| compare(vm, a, CompareOp::Lt)),
        ("__le__", |vm, a| compare(vm, a, CompareOp::Le)),
        ("__eq__", |vm, a| compare(vm, a, CompareOp::Eq)),
        ("__ne__", |vm, a| compare(vm, a, CompareOp::Ne)),
        ("__gt__", |vm, a| compare(vm, a, CompareOp::Gt)),
        ("__ge__", |vm, a| compare(vm, a, CompareOp::Ge)),
    ];
    for (name, f) in compares {
        add(vm, &ty, name, f, Sig::Wrap(1), MethodKind::Instance);
    }
    kaa_vm::types::add_member(vm, &ty, "obj", get_obj, Some(set_obj));
    kaa_vm::types::set_type_attr(vm, &ty, "__doc__", Value::None);
    // Comparable but unhashable.
    kaa_vm::types::set_type_attr(vm, &ty, "__hash__", Value::None);
    super::publish_type(vm, &ty, "functools.KeyWrapper");
    ty
}

fn state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a KeyWrapper> {
    payload::<KeyWrapper>(vm, v, "functools.KeyWrapper")
}

/// `cmp_to_key(mycmp)`.
pub fn cmp_to_key(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = Params { fname: "cmp_to_key", names: &["mycmp"], posonly: 0, maxpos: 1, required: 1 };
    let slots = parse(vm, &p, &a)?;
    let cmp = slots.into_iter().next().flatten().unwrap_or(Value::None);
    let ty = registered_type(vm, "functools.KeyWrapper")?;
    Ok(NativeObj::new_value(&ty, KeyWrapper { cmp, obj: RefCell::new(Value::Null) }))
}

/// Calling a KeyWrapper: CPython's `tp_call` (a level of recursion).
fn call(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    vm.enter_native_for(" while calling a Python object")?;
    let r = wrap(vm, this, Args { args, kwnames });
    vm.leave_native();
    r
}

fn call_slot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    wrap(vm, &this, a.shift())
}

/// `K(obj)`: a key of the same comparison wrapping `obj`.
fn wrap(vm: &mut Vm, this: &Value, a: Args) -> PyResult<Value> {
    let p = Params { fname: "K", names: &["obj"], posonly: 0, maxpos: 1, required: 1 };
    let slots = parse(vm, &p, &a)?;
    let obj = slots.into_iter().next().flatten().unwrap_or(Value::None);
    let cmp = state(vm, this)?.cmp.clone();
    let ty = vm.type_of(this);
    Ok(NativeObj::new_value(&ty, KeyWrapper { cmp, obj: RefCell::new(obj) }))
}

/// `k1 <op> k2`: `mycmp(k1.obj, k2.obj) <op> 0`. (Sorting with a key calls this for
/// every comparison, so it reads the operands in place.)
fn compare(vm: &mut Vm, a: Args, op: CompareOp) -> PyResult<Value> {
    let [this, other] = a.args else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.args.len().saturating_sub(1))));
    };
    let (Some((this_class, k)), Some((other_class, o))) = (key_of(this), key_of(other)) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    if !Rc::ptr_eq(this_class, other_class) {
        return Err(vm.type_error("other argument must be K instance"));
    }
    let (cmp, x, y) = (k.cmp.clone(), k.obj.borrow().clone(), o.obj.borrow().clone());
    if x.is_null() || y.is_null() {
        return Err(vm.attribute_error("object"));
    }
    let r = vm.call(&cmp, &[x, y], &[])?;
    vm.rich_compare(&r, &Value::Int(0), op)
}

/// The class and state of a KeyWrapper (any other object: `None`).
fn key_of(v: &Value) -> Option<(&ObjRef, &KeyWrapper)> {
    let Value::Obj(o) = v else { return None };
    let Object::Native(n) = &**o else { return None };
    Some((&n.class, n.data::<KeyWrapper>()?))
}

/// `k.obj` (None when unset, as a plain C member reads).
fn get_obj(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let obj = state(vm, v)?.obj.borrow().clone();
    Ok(if obj.is_null() { Value::None } else { obj })
}

fn set_obj(vm: &mut Vm, v: &Value, value: Option<Value>) -> PyResult<()> {
    let k = state(vm, v)?;
    let old = k.obj.replace(value.unwrap_or(Value::Null));
    drop(old);
    Ok(())
}
