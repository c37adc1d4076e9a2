//! `range` and `slice`: constructors, methods and attributes (`bytes` is in `bytes.rs`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{add_getset, add_method, set_doc};
use crate::object::Object;
use crate::objects::range::RangeObj;
use crate::value::Value;
use crate::vm::Vm;

/// A range of any bounds: the compact form when its numbers (and length arithmetic)
/// fit in i64, else the big-int form. `step` must not be zero.
pub fn range_value(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        if ((b as i128 - a as i128) / c as i128).abs() < i64::MAX as i128 / 2 {
            return Value::from_obj(Object::Range(RangeObj::new(a, b, c)));
        }
    }
    Value::from_obj(Object::BigRange(Box::new(crate::objects::range::BigRangeObj::new(start, stop, step))))
}

/// The (start, stop, step) of a range of either form.
pub fn range_parts(v: &Value) -> Option<(BigInt, BigInt, BigInt, BigInt)> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Range(r) => {
                Some((BigInt::from(r.start), BigInt::from(r.stop), BigInt::from(r.step), BigInt::from(r.len)))
            }
            Object::BigRange(r) => Some((r.start.clone(), r.stop.clone(), r.step.clone(), r.len.clone())),
            _ => None,
        },
        _ => None,
    }
}

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
        let one = BigInt::from(1);
        let (start, stop, step) = match bigs.len() {
            1 => (BigInt::from(0), bigs[0].clone(), one),
            2 => (bigs[0].clone(), bigs[1].clone(), one),
            _ => (bigs[0].clone(), bigs[1].clone(), bigs[2].clone()),
        };
        if step.is_zero() {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        Ok(range_value(start, stop, step))
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
    // An int is located arithmetically; anything else is compared with each item.
    add_method(vm, &t, "count", |vm, a| {
        let x = a.args[1].clone();
        if vm.as_bigint(&x).is_some() {
            return Ok(Value::Int(vm.contains(&a.args[0].clone(), &x)? as i64));
        }
        let mut n = 0;
        let it = vm.get_iter(&a.args[0])?;
        while let Some(item) = vm.next(&it)? {
            if vm.eq_bool(&item, &x)? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    });
    add_method(vm, &t, "index", |vm, a| {
        let x = a.args[1].clone();
        if let (Some(i), Some((start, _, step, _))) = (vm.as_bigint(&x), range_parts(&a.args[0])) {
            if vm.contains(&a.args[0].clone(), &x)? {
                return Ok(crate::protocols::arith::int_value((i - start).div_floor(&step)));
            }
        } else {
            let it = vm.get_iter(&a.args[0])?;
            let mut k = 0i64;
            while let Some(item) = vm.next(&it)? {
                if vm.eq_bool(&item, &x)? {
                    return Ok(Value::Int(k));
                }
                k += 1;
            }
            // The generic sequence search words its failure generically.
            return Err(vm.value_error("sequence.index(x): x not in sequence"));
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
        let n = a.args[1].clone();
        let len = vm.big_index(&n)?;
        if len.is_negative() {
            return Err(vm.value_error("length should not be negative"));
        }
        let Value::Obj(o) = &a.args[0] else { return Ok(Value::None) };
        let Object::Slice(sl) = &**o else { return Ok(Value::None) };
        let (start, stop, step) = vm.big_slice_indices(sl, &len)?;
        let int = crate::protocols::arith::int_value;
        Ok(vm.tuple_val(vec![int(start), int(stop), int(step)]))
    });
    super::set_type_attr(vm, &s, "__hash__", Value::None);

    super::bytes::init(vm);
}
