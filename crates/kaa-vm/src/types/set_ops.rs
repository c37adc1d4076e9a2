//! The set algebra (`|`, `&`, `-`, `^`, their methods and in-place forms, `update` and
//! the set constructors), following CPython 3.11's algorithms step by step: which
//! operand is copied, which is iterated, when the table is resized up front or
//! cleaned of dummies. The result's table layout — and so its iteration order, what a
//! program prints — then matches CPython's.

use kaa_bytecode::BinaryOp;

use crate::error::PyResult;
use crate::object::{DictViewKind, Object};
use crate::objects::set::SetObj;
use crate::value::Value;
use crate::vm::Vm;

/// The set behind a set or frozenset value.
fn as_set(v: &Value) -> Option<&SetObj> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Set(s) | Object::FrozenSet(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The set inside a value this module just created.
fn into_set(v: Value) -> SetObj {
    let Value::Obj(o) = v else { unreachable!("a set value") };
    match std::rc::Rc::try_unwrap(o) {
        // `Object` has a destructor, so the set is taken out rather than moved.
        Ok(mut obj) => match &mut obj {
            Object::Set(r) => std::mem::replace(&mut **r, SetObj::new()),
            _ => unreachable!("a set value"),
        },
        // Still shared (it never is): copy it.
        Err(o) => as_set(&Value::Obj(o)).expect("a set").copy(),
    }
}

fn same_object(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Obj(x), Value::Obj(y)) if std::rc::Rc::ptr_eq(x, y))
}

/// Adds the items of `other` to `so` (CPython's `set_update_internal`): a set is merged
/// table to table, a dict's keys are added with their stored hashes after one resize,
/// anything else is iterated.
pub fn update(vm: &mut Vm, so: &SetObj, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return so.merge(vm, o);
    }
    if let Value::Obj(o) = other {
        if let Some(d) = o.as_dict() {
            let entries: Vec<(i64, Value)> = d
                .table
                .borrow()
                .entries()
                .iter()
                .filter(|e| !e.key.is_null())
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            so.reserve(entries.len());
            for (h, k) in entries {
                so.add_hashed(vm, k, h)?;
            }
            return Ok(());
        }
    }
    let it = vm.get_iter(other)?;
    while let Some(item) = vm.next(&it)? {
        so.add(vm, item)?;
    }
    Ok(())
}

/// A new set of the items of `v`.
pub fn new_set_from(vm: &mut Vm, v: &Value) -> PyResult<SetObj> {
    let s = SetObj::new();
    update(vm, &s, v)?;
    Ok(s)
}

/// `so & other` (CPython's `set_intersection`): the smaller set is iterated (`other`
/// when the sizes tie) and what the other contains is added; any other iterable is
/// iterated in its own order.
pub fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetObj> {
    let s = as_set(so).expect("a set");
    if same_object(so, other) {
        return Ok(s.copy());
    }
    let result = SetObj::new();
    if let Some(o) = as_set(other) {
        let (iterated, probed) = if o.len() > s.len() { (s, o) } else { (o, s) };
        for (h, k) in iterated.entries() {
            if probed.contains_hashed(vm, &k, h)? {
                result.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if s.contains_hashed(vm, &k, h)? {
            result.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

/// `so - other` (CPython's `set_difference`): against a set or dict not much smaller
/// than `so`, the items of `so` that `other` lacks are added to a new set; otherwise
/// `so` is copied and `other`'s items discarded from the copy.
pub fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetObj> {
    let s = as_set(so).expect("a set");
    let other_size = match other {
        _ if as_set(other).is_some() => as_set(other).map(SetObj::len),
        Value::Obj(o) => o.as_dict().map(|d| d.len()),
        _ => None,
    };
    let copy_then_discard = match other_size {
        None => true,
        Some(n) => (s.len() >> 2) > n,
    };
    if copy_then_discard {
        let result = s.copy();
        let result_v = Value::from_obj(Object::Set(Box::new(result)));
        difference_update(vm, &result_v, other)?;
        return Ok(into_set(result_v));
    }
    let result = SetObj::new();
    for (h, k) in s.entries() {
        let present = match as_set(other) {
            Some(o) => o.contains_hashed(vm, &k, h)?,
            None => {
                let d = match other {
                    Value::Obj(o) => o.as_dict().expect("a dict"),
                    _ => unreachable!(),
                };
                d.get_item_hashed(vm, &k, h)?.is_some()
            }
        };
        if !present {
            result.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

/// `so -= other` (CPython's `set_difference_update_internal`): discards leave dummies,
/// cleaned by a resize when more than a quarter of the table is dummies.
pub fn difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let s = as_set(so).expect("a set");
    if same_object(so, other) {
        s.clear();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        // A much larger other set is first cut down to the common items.
        let entries = if (o.len() >> 3) > s.len() { intersection(vm, so, other)?.entries() } else { o.entries() };
        for (h, k) in entries {
            s.discard_hashed(vm, &k, h)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(k) = vm.next(&it)? {
            s.discard(vm, &k)?;
        }
    }
    s.drop_dummies();
    Ok(())
}

/// `so ^= other` (CPython's `set_symmetric_difference_update`): each item of `other` (a
/// set or dict as it is, anything else made a set first) is discarded if present,
/// added otherwise.
pub fn symmetric_difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let s = as_set(so).expect("a set");
    if same_object(so, other) {
        s.clear();
        return Ok(());
    }
    let entries: Vec<(i64, Value)> = match other {
        _ if as_set(other).is_some() => as_set(other).expect("a set").entries(),
        Value::Obj(o) if o.as_dict().is_some() => o
            .as_dict()
            .expect("a dict")
            .table
            .borrow()
            .entries()
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.hash, e.key.clone()))
            .collect(),
        _ => new_set_from(vm, other)?.entries(),
    };
    for (h, k) in entries {
        if !s.discard_hashed(vm, &k, h)? {
            s.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other` (CPython's `set_symmetric_difference`): a set of `other`'s items, then
/// updated with `so`'s.
pub fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetObj> {
    let result = new_set_from(vm, other)?;
    let result_v = Value::from_obj(Object::Set(Box::new(result)));
    symmetric_difference_update(vm, &result_v, so)?;
    Ok(into_set(result_v))
}

/// `so.union(*others)`: a copy of `so` updated with each other (skipping `so` itself).
pub fn union_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<SetObj> {
    let result = as_set(so).expect("a set").copy();
    for other in others {
        if !same_object(so, other) {
            update(vm, &result, other)?;
        }
    }
    Ok(result)
}

/// `so.intersection(*others)`: intersected with each in turn.
pub fn intersection_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<SetObj> {
    if others.is_empty() {
        return Ok(as_set(so).expect("a set").copy());
    }
    let mut acc = so.clone();
    for other in others {
        let r = intersection(vm, &acc, other)?;
        acc = Value::from_obj(Object::Set(Box::new(r)));
    }
    Ok(into_set(acc))
}

/// `so.difference(*others)`: the difference with the first, then the others discarded.
pub fn difference_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<SetObj> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(as_set(so).expect("a set").copy());
    };
    let result = difference(vm, so, first)?;
    let result_v = Value::from_obj(Object::Set(Box::new(result)));
    for other in rest {
        difference_update(vm, &result_v, other)?;
    }
    Ok(into_set(result_v))
}

/// A set of a dict view's items; a keys view is read straight from its dict (CPython's
/// `dictviews_to_set`, which takes the dict fast path).
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<SetObj> {
    if let Value::Obj(o) = v {
        if let Object::DictView(d, DictViewKind::Keys) = &**o {
            return new_set_from(vm, &Value::Obj(d.clone()));
        }
    }
    new_set_from(vm, v)
}

/// `a op b` where one side is a keys or items view (CPython's `dictviews_or`, `_sub`,
/// `_xor` and `_PyDictView_Intersect`): a plain set, built from the left operand and
/// updated with the right, or for `&` by probing the view.
pub fn dict_view_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    let result = match op {
        BinaryOp::Or => {
            let r = view_to_set(vm, a)?;
            update(vm, &r, b)?;
            r
        }
        BinaryOp::Subtract => {
            let r = Value::from_obj(Object::Set(Box::new(view_to_set(vm, a)?)));
            difference_update(vm, &r, b)?;
            into_set(r)
        }
        BinaryOp::Xor => {
            let r = Value::from_obj(Object::Set(Box::new(view_to_set(vm, a)?)));
            symmetric_difference_update(vm, &r, b)?;
            into_set(r)
        }
        _ => view_intersection(vm, a, b)?,
    };
    Ok(Value::from_obj(Object::Set(Box::new(result))))
}

fn is_view(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, Object::DictView(..)))
}

/// `view & other`: a set no bigger than the view intersects itself with it; otherwise
/// the smaller side is iterated and the items the view contains are kept.
fn view_intersection(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<SetObj> {
    let (mut view, mut other) = if is_view(a) { (a, b) } else { (b, a) };
    let view_len = vm.len(view)?;
    if matches!(other, Value::Obj(o) if matches!(&**o, Object::Set(_))) && view_len <= vm.len(other)? {
        return intersection(vm, other, view);
    }
    if is_view(other) && vm.len(other)? > view_len {
        std::mem::swap(&mut view, &mut other);
    }
    let result = SetObj::new();
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if vm.contains(view, &k)? {
            result.add(vm, k)?;
        }
    }
    Ok(result)
}
