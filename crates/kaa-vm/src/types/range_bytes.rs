//! `range` and `slice`: constructors, methods and attributes (`bytes` is in `bytes.rs`).

use super::{add_getset, add_method, set_doc};
use crate::object::Object;
use crate::objects::range::RangeObj;
use crate::value::Value;
use crate::vm::Vm;

pub(super) fn init_range_slice_bytes(vm: &mut Vm) {
    let t = vm.types.range.clone();
    set_doc(vm, &t, "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).");
    super::set_constructor(&t, |vm, _ty, a| {
        vm.no_kwargs("range", &a)?;
        let pos = vm.check_positional("range", &a, 1, 3)?;
        let mut bigs = Vec::with_capacity(3);
        for p in pos {
            let n = match p {
                Value::Int(_) | Value::Bool(_) => vm.as_bigint(p).expect("int"),
                Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => vm.as_bigint(p).expect("int"),
                Value::Obj(o) if matches!(&**o, Object::Instance(_)) => num_bigint::BigInt::from(vm.to_index(p)?),
                _ => {
                    let tn = vm.type_name(p);
                    return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
                }
            };
            bigs.push(n);
        }
        let small: Option<Vec<i64>> = bigs.iter().map(num_traits::ToPrimitive::to_i64).collect();
        let fits = small.as_ref().is_some_and(|n| {
            let (start, stop, step) = match n.len() {
                1 => (0, n[0], 1),
                2 => (n[0], n[1], 1),
                _ => (n[0], n[1], n[2]),
            };
            step != 0 && ((stop as i128 - start as i128) / step as i128).abs() < i64::MAX as i128 / 2
        });
        if !fits {
            let one = num_bigint::BigInt::from(1);
            let (start, stop, step) = match bigs.len() {
                1 => (num_bigint::BigInt::from(0), bigs[0].clone(), one),
                2 => (bigs[0].clone(), bigs[1].clone(), one),
                _ => (bigs[0].clone(), bigs[1].clone(), bigs[2].clone()),
            };
            if num_traits::Zero::is_zero(&step) {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            return Ok(Value::from_obj(Object::BigRange(Box::new(crate::objects::range::BigRangeObj::new(
                start, stop, step,
            )))));
        }
        let nums = small.expect("fits");
        let (start, stop, step) = match nums.len() {
            1 => (0, nums[0], 1),
            2 => (nums[0], nums[1], 1),
            _ => (nums[0], nums[1], nums[2]),
        };
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        Ok(Value::from_obj(Object::Range(RangeObj::new(start, stop, step))))
    });
    macro_rules! range_attr {
        ($name:literal, $field:ident) => {
            add_getset(
                vm,
                &t,
                $name,
                |_vm, v| {
                    Ok(match v {
                        Value::Obj(o) => match &**o {
                            Object::Range(r) => Value::Int(r.$field),
                            Object::BigRange(r) => crate::protocols::arith::int_value(r.$field.clone()),
                            _ => Value::None,
                        },
                        _ => Value::None,
                    })
                },
                None,
            );
        };
    }
    range_attr!("start", start);
    range_attr!("stop", stop);
    range_attr!("step", step);
    add_method(vm, &t, "count", |vm, a| {
        let x = vm.one_arg("list.count", &a.shift())?.clone();
        Ok(Value::Int(vm.contains(&a.args[0].clone(), &x)? as i64))
    });
    add_method(vm, &t, "index", |vm, a| {
        let x = vm.one_arg("index", &a.shift())?.clone();
        if let (Value::Obj(o), Value::Int(i)) = (&a.args[0], &x) {
            if let Object::Range(r) = &**o {
                if r.contains(*i) {
                    return Ok(Value::Int((i - r.start) / r.step));
                }
            }
        }
        let rep = vm.repr_string(&x)?;
        Err(vm.value_error(format!("{rep} is not in range")))
    });
    add_method(vm, &t, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));

    let s = vm.types.slice.clone();
    super::set_constructor(&s, |vm, _ty, a| {
        vm.no_kwargs("slice", &a)?;
        let pos = vm.check_positional("slice", &a, 1, 3)?;
        let (start, stop, step) = match pos.len() {
            1 => (Value::None, pos[0].clone(), Value::None),
            2 => (pos[0].clone(), pos[1].clone(), Value::None),
            _ => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        };
        Ok(Value::from_obj(Object::Slice(Box::new(crate::objects::slice::SliceObj { start, stop, step }))))
    });
    macro_rules! slice_attr {
        ($name:literal, $field:ident) => {
            add_getset(
                vm,
                &s,
                $name,
                |_vm, v| {
                    Ok(match v {
                        Value::Obj(o) => match &**o {
                            Object::Slice(s) => s.$field.clone(),
                            _ => Value::None,
                        },
                        _ => Value::None,
                    })
                },
                None,
            );
        };
    }
    slice_attr!("start", start);
    slice_attr!("stop", stop);
    slice_attr!("step", step);
    add_method(vm, &s, "indices", |vm, a| {
        let n = vm.one_arg("indices", &a.shift())?.clone();
        let len = vm.to_index(&n)?;
        if len < 0 {
            return Err(vm.value_error("length should not be negative"));
        }
        let Value::Obj(o) = &a.args[0] else { return Ok(Value::None) };
        let Object::Slice(sl) = &**o else { return Ok(Value::None) };
        let idx = vm.slice_indices(sl, len as usize)?;
        Ok(vm.tuple_val(vec![Value::Int(idx.start), Value::Int(idx.stop), Value::Int(idx.step)]))
    });
    super::set_type_attr(vm, &s, "__hash__", Value::None);

    super::bytes::init(vm);
}
