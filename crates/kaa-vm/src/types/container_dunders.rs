//! The special methods of the builtin containers when called directly
//! (`[1].__add__([2])`, `{1}.__or__({2})`, `range(3).__getitem__(1)`). The operators
//! themselves don't go through these: they dispatch in `protocols/`; these wrappers give
//! the same results, and NotImplemented where the operator would try the other operand.

use kaa_bytecode::BinaryOp;

use super::add_method;
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// CPython's wrong-argument-count message for a slot wrapper.
fn wrapper_args<'a>(vm: &mut Vm, a: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    let got = a.args.len() - 1;
    if got != n || a.has_kwargs() {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {got}")));
    }
    Ok(&a.args[1..])
}

fn not_implemented(vm: &Vm) -> Value {
    Value::Obj(vm.not_implemented.clone())
}

/// `self <op> other` through the builtin operators; NotImplemented when unsupported.
fn binary(vm: &mut Vm, a: &Args, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let other = wrapper_args(vm, a, 1)?[0].clone();
    let this = a.args[0].clone();
    let (x, y) = if reflected { (other, this) } else { (this, other) };
    Ok(vm.builtin_binary(&x, &y, op, false)?.unwrap_or_else(|| not_implemented(vm)))
}

pub fn init(vm: &mut Vm) {
    let (list, tuple, set, frozenset, dict, range) = (
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.dict.clone(),
        vm.types.range.clone(),
    );
    for t in [&list, &tuple, &set, &frozenset, &dict, &range] {
        add_method(vm, t, "__iter__", |vm, a| {
            wrapper_args(vm, &a, 0)?;
            vm.get_iter(&a.args[0])
        });
    }
    for t in [&list, &tuple, &dict, &range] {
        add_method(vm, t, "__contains__", |vm, a| {
            let item = wrapper_args(vm, &a, 1)?[0].clone();
            Ok(Value::Bool(vm.contains(&a.args[0], &item)?))
        });
    }
    for t in [&list, &dict, &range] {
        add_method(vm, t, "__reversed__", |vm, a| {
            wrapper_args(vm, &a, 0)?;
            vm.reversed(&a.args[0])
        });
    }
    sequences(vm, &list, &tuple);
    byte_strings(vm);
    sets(vm, &set, &frozenset);
    add_method(vm, &dict, "__or__", |vm, a| binary(vm, &a, BinaryOp::Or, false));
    add_method(vm, &dict, "__ror__", |vm, a| {
        let other = wrapper_args(vm, &a, 1)?[0].clone();
        if !matches!(&other, Value::Obj(o) if o.as_dict().is_some()) {
            return Ok(not_implemented(vm));
        }
        binary(vm, &a, BinaryOp::Or, true)
    });
    add_method(vm, &dict, "__ior__", |vm, a| {
        let other = wrapper_args(vm, &a, 1)?[0].clone();
        let this = a.args[0].clone();
        if let Value::Obj(d) = &this {
            if let Some(d) = d.as_dict() {
                vm.dict_update(d, &other)?;
            }
        }
        Ok(this)
    });
    add_method(vm, &range, "__getitem__", |vm, a| {
        let key = wrapper_args(vm, &a, 1)?[0].clone();
        vm.getitem(&a.args[0], &key)
    });
    add_method(vm, &range, "__bool__", |vm, a| {
        wrapper_args(vm, &a, 0)?;
        Ok(Value::Bool(vm.truthy(&a.args[0])?))
    });
}

fn sequences(vm: &mut Vm, list: &ObjRef, tuple: &ObjRef) {
    for t in [list, tuple] {
        add_method(vm, t, "__add__", |vm, a| binary(vm, &a, BinaryOp::Add, false));
        add_method(vm, t, "__mul__", |vm, a| repeat(vm, &a));
        add_method(vm, t, "__rmul__", |vm, a| repeat(vm, &a));
    }
    add_method(vm, list, "__iadd__", |vm, a| {
        let other = wrapper_args(vm, &a, 1)?[0].clone();
        let this = a.args[0].clone();
        if let Value::Obj(o) = &this {
            if let Object::List(l) = &**o {
                vm.list_extend(l, &other)?;
            }
        }
        Ok(this)
    });
    add_method(vm, list, "__imul__", |vm, a| {
        let n = wrapper_args(vm, &a, 1)?[0].clone();
        let this = a.args[0].clone();
        let Some(repeated) = vm.builtin_binary(&this, &n, BinaryOp::Multiply, false)? else {
            return Ok(not_implemented(vm));
        };
        if let (Value::Obj(o), Value::Obj(r)) = (&this, &repeated) {
            if let (Object::List(l), Object::List(new)) = (&**o, &**r) {
                let items = std::mem::take(&mut *new.borrow_mut());
                *l.borrow_mut() = items;
            }
        }
        Ok(this)
    });
    add_method(vm, list, "__delitem__", |vm, a| {
        let key = wrapper_args(vm, &a, 1)?[0].clone();
        vm.delitem(&a.args[0], &key)?;
        Ok(Value::None)
    });
    add_method(vm, tuple, "__getnewargs__", |vm, a| {
        wrapper_args(vm, &a, 0)?;
        let copy = match &a.args[0] {
            Value::Obj(o) => o.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
            _ => Vec::new(),
        };
        let inner = vm.tuple_val(copy);
        Ok(vm.tuple_val(vec![inner]))
    });
}

/// `seq * n` as a wrapper (CPython's sq_repeat: the count must be an index).
fn repeat(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = wrapper_args(vm, a, 1)?[0].clone();
    if crate::protocols::arith::as_int(&n).is_none() {
        let n = vm.to_index(&n)?;
        let this = a.args[0].clone();
        return Ok(vm
            .builtin_binary(&this, &Value::Int(n), BinaryOp::Multiply, false)?
            .unwrap_or_else(|| not_implemented(vm)));
    }
    let this = a.args[0].clone();
    Ok(vm.builtin_binary(&this, &n, BinaryOp::Multiply, false)?.unwrap_or_else(|| not_implemented(vm)))
}

/// The operator methods of bytes and bytearray.
fn byte_strings(vm: &mut Vm) {
    let (bytes, bytearray) = (vm.types.bytes.clone(), vm.types.bytearray.clone());
    for t in [&bytes, &bytearray] {
        add_method(vm, t, "__add__", |vm, a| {
            let other = wrapper_args(vm, &a, 1)?[0].clone();
            // Concatenation refuses a non-bytes operand outright (it has no NotImplemented).
            match vm.builtin_binary(&a.args[0], &other, BinaryOp::Add, false) {
                Ok(Some(r)) => Ok(r),
                Ok(None) => Ok(not_implemented(vm)),
                Err(e) => Err(e),
            }
        });
        add_method(vm, t, "__mul__", |vm, a| repeat(vm, &a));
        add_method(vm, t, "__rmul__", |vm, a| repeat(vm, &a));
        add_method(vm, t, "__iter__", |vm, a| {
            wrapper_args(vm, &a, 0)?;
            vm.get_iter(&a.args[0])
        });
        add_method(vm, t, "__rmod__", |vm, a| {
            wrapper_args(vm, &a, 1)?;
            Ok(not_implemented(vm))
        });
    }
    add_method(vm, &bytes, "__bytes__", |vm, a| {
        wrapper_args(vm, &a, 0)?;
        Ok(a.args[0].clone())
    });
    add_method(vm, &bytes, "__getnewargs__", |vm, a| {
        let data = super::bytes_like(&a.args[0]).map(|b| b.into_owned()).unwrap_or_default();
        Ok(vm.tuple_val(vec![super::bytes_value(data)]))
    });
}

fn sets(vm: &mut Vm, set: &ObjRef, frozenset: &ObjRef) {
    macro_rules! set_op {
        ($t:expr, $name:literal, $rname:literal, $op:expr) => {
            add_method(vm, $t, $name, |vm, a| set_binary(vm, &a, $op, false));
            add_method(vm, $t, $rname, |vm, a| set_binary(vm, &a, $op, true));
        };
    }
    for t in [set, frozenset] {
        set_op!(t, "__or__", "__ror__", BinaryOp::Or);
        set_op!(t, "__and__", "__rand__", BinaryOp::And);
        set_op!(t, "__sub__", "__rsub__", BinaryOp::Subtract);
        set_op!(t, "__xor__", "__rxor__", BinaryOp::Xor);
    }
    macro_rules! set_inplace {
        ($name:literal, $method:literal) => {
            add_method(vm, set, $name, |vm, a| {
                let other = wrapper_args(vm, &a, 1)?[0].clone();
                if !is_set(&other) {
                    return Ok(not_implemented(vm));
                }
                let this = a.args[0].clone();
                vm.call_method(&this, $method, &[other])?;
                Ok(this)
            });
        };
    }
    set_inplace!("__ior__", "update");
    set_inplace!("__iand__", "intersection_update");
    set_inplace!("__isub__", "difference_update");
    set_inplace!("__ixor__", "symmetric_difference_update");
}

fn is_set(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, Object::Set(_) | Object::FrozenSet(_)))
}

/// A set operator as a wrapper: only with another set (or frozenset).
fn set_binary(vm: &mut Vm, a: &Args, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    let other = wrapper_args(vm, a, 1)?[0].clone();
    if !is_set(&other) {
        return Ok(not_implemented(vm));
    }
    binary(vm, a, op, reflected)
}
