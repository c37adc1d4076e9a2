//! `dict`, `set`, `frozenset` and dict views: constructors, methods, and the set
//! algebra (`|`, `&`, `-`, `^`, subset comparisons) with CPython's element order.

use kaa_bytecode::{BinaryOp, CompareOp};

use super::{add_getset, add_method, add_method_kind, set_doc, set_ops};
use crate::error::PyResult;
use crate::object::{DictViewKind, Object};
use crate::objects::builtin_func::MethodKind;
use crate::objects::dict::DictObj;
use crate::objects::set::SetObj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn dict_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a DictObj> {
    match v {
        Value::Obj(o) if o.as_dict().is_some() => Ok(o.as_dict().expect("dict")),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn set_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a SetObj> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Set(s) | Object::FrozenSet(s) => Ok(s),
            _ => Err(vm.type_error("descriptor requires a 'set' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

/// A new set with the items of any iterable.
pub(super) fn to_set(vm: &mut Vm, v: &Value) -> PyResult<SetObj> {
    set_ops::new_set_from(vm, v)
}

/// A frozenset with the items of `v` (for looking a set up in a set).
pub fn to_frozenset(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::from_obj(Object::FrozenSet(Box::new(to_set(vm, v)?))))
}

/// A set of a dict view's keys or items.
pub fn view_as_set(vm: &mut Vm, d: &ObjRef, kind: DictViewKind) -> PyResult<SetObj> {
    let v = Value::from_obj(Object::DictView(d.clone(), kind));
    to_set(vm, &v)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets, with CPython's element order.
pub(super) fn set_algebra(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<SetObj> {
    set_of(vm, a)?;
    set_of(vm, b)?;
    match op {
        BinaryOp::Or => set_ops::union_multi(vm, a, std::slice::from_ref(b)),
        BinaryOp::And => set_ops::intersection(vm, a, b),
        BinaryOp::Subtract => set_ops::difference(vm, a, b),
        _ => set_ops::symmetric_difference(vm, a, b),
    }
}

/// Set comparisons: `==` and the subset/superset orders.
pub fn compare_sets(vm: &mut Vm, a: &SetObj, b: &SetObj, op: CompareOp) -> PyResult<bool> {
    let subset = |vm: &mut Vm, x: &SetObj, y: &SetObj| -> PyResult<bool> {
        if x.len() > y.len() {
            return Ok(false);
        }
        for k in x.keys() {
            if !y.contains(vm, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match op {
        CompareOp::Eq => a.len() == b.len() && subset(vm, a, b)?,
        CompareOp::Ne => !(a.len() == b.len() && subset(vm, a, b)?),
        CompareOp::Le => subset(vm, a, b)?,
        CompareOp::Lt => a.len() < b.len() && subset(vm, a, b)?,
        CompareOp::Ge => subset(vm, b, a)?,
        CompareOp::Gt => a.len() > b.len() && subset(vm, b, a)?,
    })
}

pub(super) fn init_dict(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    set_doc(vm, &t, "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)");
    super::set_constructor(&t, |vm, _ty, a| {
        let pos = vm.check_positional("dict", &a, 0, 1)?;
        let d = DictObj::new();
        if let Some(src) = pos.first() {
            vm.dict_update(&d, src)?;
        }
        for (k, v) in a.kw() {
            d.set_str(vm, k, v.clone());
        }
        Ok(Value::from_obj(Object::Dict(Box::new(d))))
    });
    add_method(vm, &t, "get", |vm, a| {
        let pos = vm.check_positional("get", &a.shift(), 1, 2)?;
        let d = dict_of(vm, &a.args[0])?;
        Ok(d.get_item(vm, &pos[0])?.unwrap_or_else(|| pos.get(1).cloned().unwrap_or(Value::None)))
    });
    add_method(vm, &t, "setdefault", |vm, a| {
        let pos = vm.check_positional("setdefault", &a.shift(), 1, 2)?;
        let d = dict_of(vm, &a.args[0])?;
        if let Some(v) = d.get_item(vm, &pos[0])? {
            return Ok(v);
        }
        let v = pos.get(1).cloned().unwrap_or(Value::None);
        d.set_item(vm, pos[0].clone(), v.clone())?;
        Ok(v)
    });
    add_method(vm, &t, "pop", |vm, a| {
        let pos = vm.check_positional("pop", &a.shift(), 1, 2)?;
        let d = dict_of(vm, &a.args[0])?;
        match d.del_item(vm, &pos[0])? {
            Some(v) => Ok(v),
            None => match pos.get(1) {
                Some(default) => Ok(default.clone()),
                None => Err(vm.key_error(pos[0].clone())),
            },
        }
    });
    add_method(vm, &t, "popitem", |vm, a| {
        let d = dict_of(vm, &a.args[0])?;
        match d.pop_last() {
            Some((k, v)) => Ok(vm.tuple_val(vec![k, v])),
            None => {
                let t = vm.exc.key_error.clone();
                Err(vm.new_error(&t, "popitem(): dictionary is empty"))
            }
        }
    });
    add_method(vm, &t, "keys", |_vm, a| Ok(view(&a.args[0], DictViewKind::Keys)));
    add_method(vm, &t, "values", |_vm, a| Ok(view(&a.args[0], DictViewKind::Values)));
    add_method(vm, &t, "items", |_vm, a| Ok(view(&a.args[0], DictViewKind::Items)));
    add_method(vm, &t, "__init__", |vm, a| {
        let pos = vm.check_positional("dict", &a.shift(), 0, 1)?;
        let d = dict_of(vm, &a.args[0])?;
        if let Some(src) = pos.first() {
            vm.dict_update(d, src)?;
        }
        for (k, v) in a.kw() {
            d.set_str(vm, k, v.clone());
        }
        Ok(Value::None)
    });
    add_method(vm, &t, "update", |vm, a| {
        let pos = vm.check_positional("update", &a.shift(), 0, 1)?;
        let d = dict_of(vm, &a.args[0])?;
        if let Some(src) = pos.first() {
            vm.dict_update(d, src)?;
        }
        for (k, v) in a.kw() {
            d.set_str(vm, k, v.clone());
        }
        Ok(Value::None)
    });
    add_method(vm, &t, "copy", |vm, a| {
        let d = dict_of(vm, &a.args[0])?.copy();
        Ok(Value::from_obj(Object::Dict(Box::new(d))))
    });
    add_method(vm, &t, "clear", |vm, a| {
        dict_of(vm, &a.args[0])?.clear();
        Ok(Value::None)
    });
    add_method_kind(
        vm,
        &t,
        "fromkeys",
        |vm, a| {
            let pos = vm.check_positional("fromkeys", &a.shift(), 1, 2)?;
            let value = pos.get(1).cloned().unwrap_or(Value::None);
            // A subclass gets an instance of itself, filled through its __setitem__.
            let cls = a.args[0].clone();
            if !matches!(&cls, Value::Obj(c) if std::rc::Rc::ptr_eq(c, &vm.types.dict)) {
                let d = vm.call(&cls, &[], &[])?;
                for k in vm.iterate(&pos[0])? {
                    vm.setitem(&d, k, value.clone())?;
                }
                return Ok(d);
            }
            let d = DictObj::new();
            for k in vm.iterate(&pos[0])? {
                d.set_item(vm, k, value.clone())?;
            }
            Ok(Value::from_obj(Object::Dict(Box::new(d))))
        },
        MethodKind::Class,
    );
    super::add_item_protocol(vm, &t);
    add_method(vm, &t, "__delitem__", |vm, a| {
        let pos = vm.check_positional("__delitem__", &a, 2, 2)?;
        vm.delitem(&pos[0], &pos[1])?;
        Ok(Value::None)
    });
    add_method(vm, &t, "__contains__", |vm, a| {
        let pos = vm.check_positional("__contains__", &a, 2, 2)?;
        Ok(Value::Bool(vm.contains(&pos[0], &pos[1])?))
    });
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    super::set_type_attr(vm, &t, "__hash__", Value::None);
    for (ty, kind) in [
        (vm.types.dict_keys.clone(), DictViewKind::Keys),
        (vm.types.dict_values.clone(), DictViewKind::Values),
        (vm.types.dict_items.clone(), DictViewKind::Items),
    ] {
        if kind != DictViewKind::Values {
            add_method(vm, &ty, "isdisjoint", |vm, a| {
                let arg = vm.one_arg("isdisjoint", &a.shift())?.clone();
                let mine = to_set(vm, &a.args[0])?;
                for item in vm.iterate(&arg)? {
                    if mine.contains(vm, &item)? {
                        return Ok(Value::Bool(false));
                    }
                }
                Ok(Value::Bool(true))
            });
        }
        add_method(vm, &ty, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
        add_method(vm, &ty, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
        add_getset(
            vm,
            &ty,
            "mapping",
            |_vm, v| {
                Ok(match v {
                    Value::Obj(o) => match &**o {
                        Object::DictView(d, _) => Value::Obj(d.clone()),
                        _ => Value::None,
                    },
                    _ => Value::None,
                })
            },
            None,
        );
    }
}

fn view(d: &Value, kind: DictViewKind) -> Value {
    match d {
        Value::Obj(o) => Value::from_obj(Object::DictView(o.clone(), kind)),
        _ => Value::None,
    }
}

pub(super) fn init_set(vm: &mut Vm) {
    for (ty, frozen) in [(vm.types.set.clone(), false), (vm.types.frozenset.clone(), true)] {
        if frozen {
            super::set_constructor(&ty, |vm, _ty, a| {
                vm.no_kwargs("frozenset", &a)?;
                let pos = vm.check_positional("frozenset", &a, 0, 1)?;
                let s = match pos.first() {
                    Some(v @ Value::Obj(o)) if matches!(&**o, Object::FrozenSet(_)) => return Ok(v.clone()),
                    Some(v) => to_set(vm, v)?,
                    None => SetObj::new(),
                };
                Ok(Value::from_obj(Object::FrozenSet(Box::new(s))))
            });
            set_doc(vm, &ty, "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.");
        } else {
            super::set_constructor(&ty, |vm, _ty, a| {
                vm.no_kwargs("set", &a)?;
                let pos = vm.check_positional("set", &a, 0, 1)?;
                let s = match pos.first() {
                    Some(v) => to_set(vm, v)?,
                    None => SetObj::new(),
                };
                Ok(Value::from_obj(Object::Set(Box::new(s))))
            });
            set_doc(vm, &ty, "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.");
            super::set_type_attr(vm, &ty, "__hash__", Value::None);
            add_method(vm, &ty, "__init__", |vm, a| {
                let rest = a.shift();
                vm.no_kwargs("set", &rest)?;
                let pos = vm.check_positional("set", &rest, 0, 1)?;
                let new = match pos.first() {
                    Some(v) => to_set(vm, v)?,
                    None => SetObj::new(),
                };
                let s = set_of(vm, &a.args[0])?;
                let old = std::mem::replace(&mut *s.table.borrow_mut(), new.table.into_inner());
                drop(old);
                Ok(Value::None)
            });
            add_method(vm, &ty, "add", |vm, a| {
                let x = vm.one_arg("set.add", &a.shift())?.clone();
                set_of(vm, &a.args[0])?.add(vm, x)?;
                Ok(Value::None)
            });
            add_method(vm, &ty, "discard", |vm, a| {
                let x = vm.one_arg("set.discard", &a.shift())?.clone();
                set_of(vm, &a.args[0])?.discard(vm, &x)?;
                Ok(Value::None)
            });
            add_method(vm, &ty, "remove", |vm, a| {
                let x = vm.one_arg("list.remove", &a.shift())?.clone();
                if !set_of(vm, &a.args[0])?.discard(vm, &x)? {
                    return Err(vm.key_error(x));
                }
                Ok(Value::None)
            });
            add_method(vm, &ty, "pop", |vm, a| match set_of(vm, &a.args[0])?.pop() {
                Some(v) => Ok(v),
                None => {
                    let t = vm.exc.key_error.clone();
                    Err(vm.new_error(&t, "pop from an empty set"))
                }
            });
            add_method(vm, &ty, "clear", |vm, a| {
                set_of(vm, &a.args[0])?.clear();
                Ok(Value::None)
            });
            // The in-place forms change the table as CPython does (discards leave
            // dummies, intersection takes over the computed table), so the iteration
            // order of what remains matches.
            add_method(vm, &ty, "update", |vm, a| {
                let this = set_of(vm, &a.args[0])?;
                for other in a.shift().pos() {
                    set_ops::update(vm, this, other)?;
                }
                Ok(Value::None)
            });
            add_method(vm, &ty, "difference_update", |vm, a| {
                for other in a.shift().pos() {
                    set_ops::difference_update(vm, &a.args[0], other)?;
                }
                Ok(Value::None)
            });
            add_method(vm, &ty, "intersection_update", |vm, a| {
                let result = set_ops::intersection_multi(vm, &a.args[0], a.shift().pos())?;
                set_of(vm, &a.args[0])?.replace_with(result);
                Ok(Value::None)
            });
            add_method(vm, &ty, "symmetric_difference_update", |vm, a| {
                let other = vm.one_arg("set.symmetric_difference_update", &a.shift())?.clone();
                set_ops::symmetric_difference_update(vm, &a.args[0], &other)?;
                Ok(Value::None)
            });
        }
        add_method(vm, &ty, "copy", |vm, a| {
            // A frozenset is its own copy.
            if matches!(&a.args[0], Value::Obj(o) if matches!(&**o, Object::FrozenSet(_))) {
                return Ok(a.args[0].clone());
            }
            let s = set_of(vm, &a.args[0])?.copy();
            Ok(Value::from_obj(Object::Set(Box::new(s))))
        });
        // The methods take any iterables; a frozenset's give frozensets.
        macro_rules! algebra {
            ($name:literal, $f:expr) => {
                add_method(vm, &ty, $name, |vm, a| {
                    let this = &a.args[0];
                    set_of(vm, this)?;
                    let frozen = matches!(this, Value::Obj(o) if matches!(&**o, Object::FrozenSet(_)));
                    let r = $f(vm, this, a.shift().pos())?;
                    Ok(if frozen {
                        Value::from_obj(Object::FrozenSet(Box::new(r)))
                    } else {
                        Value::from_obj(Object::Set(Box::new(r)))
                    })
                });
            };
        }
        algebra!("union", set_ops::union_multi);
        algebra!("intersection", set_ops::intersection_multi);
        algebra!("difference", set_ops::difference_multi);
        algebra!("symmetric_difference", |vm: &mut Vm, this: &Value, others: &[Value]| {
            match others {
                [other] => set_ops::symmetric_difference(vm, this, other),
                _ => Err(vm.type_error(format!(
                    "set.symmetric_difference() takes exactly one argument ({} given)",
                    others.len()
                ))),
            }
        });
        add_method(vm, &ty, "issubset", |vm, a| {
            let arg = vm.one_arg("set.issubset", &a.shift())?.clone();
            let other = to_set(vm, &arg)?;
            let s = set_of(vm, &a.args[0])?;
            Ok(Value::Bool(compare_sets(vm, s, &other, CompareOp::Le)?))
        });
        add_method(vm, &ty, "issuperset", |vm, a| {
            let arg = vm.one_arg("set.issuperset", &a.shift())?.clone();
            let other = to_set(vm, &arg)?;
            let s = set_of(vm, &a.args[0])?;
            Ok(Value::Bool(compare_sets(vm, s, &other, CompareOp::Ge)?))
        });
        add_method(vm, &ty, "isdisjoint", |vm, a| {
            let arg = vm.one_arg("set.isdisjoint", &a.shift())?.clone();
            let other = to_set(vm, &arg)?;
            let s = set_of(vm, &a.args[0])?;
            for k in s.keys() {
                if other.contains(vm, &k)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        });
        add_method(vm, &ty, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
        add_method(vm, &ty, "__contains__", |vm, a| {
            let pos = vm.check_positional("__contains__", &a, 2, 2)?;
            Ok(Value::Bool(vm.contains(&pos[0], &pos[1])?))
        });
        add_method(vm, &ty, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    }
}
