//! `tuple`, `list`, `dict`, `set`, `frozenset`, `range`, `slice`, `bytes` and dict
//! views: constructors, methods, sequence operators, and sorting.

use std::cell::RefCell;

use kaa_bytecode::{BinaryOp, CompareOp};

use super::{add_getset, add_method, add_method_kind, set_doc};
use crate::error::PyResult;
use crate::object::{DictViewKind, Object};
use crate::objects::builtin_func::{Args, MethodKind};
use crate::objects::dict::DictObj;
use crate::objects::range::RangeObj;
use crate::objects::set::SetObj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

fn list_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v {
        Value::Obj(o) => match &**o {
            Object::List(l) => Ok(l),
            _ => Err(vm.type_error("descriptor requires a 'list' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

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

/// A stable merge sort using only `lt`, tolerant of inconsistent comparisons and of
/// comparisons that raise (the first error is returned).
pub fn merge_sort(
    vm: &mut Vm,
    items: &mut Vec<(Value, Value)>,
    lt: &mut dyn FnMut(&mut Vm, &Value, &Value) -> PyResult<bool>,
) -> PyResult<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort for short runs, then merges of doubling width.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && lt(vm, &items[j].0, &items[j - 1].0)? {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    // Take from the right only when strictly smaller: stability.
                    if lt(vm, &items[j].0, &items[i].0)? {
                        buf.push(items[j].clone());
                        j += 1;
                    } else {
                        buf.push(items[i].clone());
                        i += 1;
                    }
                }
                buf.extend(items[i..mid].iter().cloned());
                buf.extend(items[j..hi].iter().cloned());
                for (k, v) in buf.drain(..).enumerate() {
                    items[lo + k] = v;
                }
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

impl Vm {
    /// Sorts values in place: `key` applied first, `reverse` keeps equal items in order.
    pub fn sort_values(&mut self, values: Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<Vec<Value>> {
        let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(values.len());
        for v in values {
            let k = match key {
                Some(f) if !f.is_none() => self.call(f, std::slice::from_ref(&v), &[])?,
                _ => v.clone(),
            };
            pairs.push((k, v));
        }
        if reverse {
            pairs.reverse();
        }
        merge_sort(self, &mut pairs, &mut |vm, a, b| match crate::protocols::compare::fast_lt(a, b) {
            Some(r) => Ok(r),
            None => vm.compare_bool(a, b, CompareOp::Lt),
        })?;
        if reverse {
            pairs.reverse();
        }
        Ok(pairs.into_iter().map(|(_, v)| v).collect())
    }

    /// `dict.update(other)` for a dict, a mapping, or an iterable of pairs.
    pub fn dict_update(&mut self, d: &DictObj, other: &Value) -> PyResult<()> {
        if let Value::Obj(o) = other {
            if let Some(src) = o.as_dict() {
                for (k, v) in src.items() {
                    d.set_item(self, k, v)?;
                }
                return Ok(());
            }
        }
        if self.has_attr(other, "keys")? {
            let keys = self.call_method(other, "keys", &[])?;
            for k in self.iterate(&keys)? {
                let v = self.getitem(other, &k)?;
                d.set_item(self, k, v)?;
            }
            return Ok(());
        }
        let items = match self.iterate(other) {
            Ok(items) => items,
            Err(_) => {
                let tn = self.type_name(other);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
        };
        for (i, item) in items.iter().enumerate() {
            let pair = match self.iterate(item) {
                Ok(p) => p,
                Err(_) => {
                    return Err(self
                        .type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")));
                }
            };
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            d.set_item(self, pair[0].clone(), pair[1].clone())?;
        }
        Ok(())
    }
}

/// Operators on sequences and sets: concatenation, repetition, `%` formatting, and set
/// algebra. `None` when unsupported.
pub fn sequence_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp, _inplace: bool) -> PyResult<Option<Value>> {
    let (Value::Obj(x), y) = (a, b) else {
        if let (Value::Obj(yo), BinaryOp::Multiply) = (b, op) {
            if matches!(&**yo, Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_)) {
                return sequence_binary(vm, b, a, op, false);
            }
        }
        return Ok(None);
    };
    let repeat_count = |vm: &mut Vm, n: &Value| -> PyResult<Option<usize>> {
        match crate::protocols::arith::as_int(n) {
            Some(_) => {
                let c = vm.to_i64(n).map_err(|_| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?;
                Ok(Some(c.max(0) as usize))
            }
            None => Ok(None),
        }
    };
    match (&**x, op) {
        (Object::Str(s), BinaryOp::Add) => match vm.as_str_ref(y) {
            Some(t) => {
                let mut out = String::with_capacity(s.as_str().len() + t.len());
                out.push_str(s.as_str());
                out.push_str(t);
                Ok(Some(Value::Obj(vm.new_string(out))))
            }
            None => {
                if matches!(y, Value::Obj(o) if matches!(&**o, Object::Instance(_))) {
                    return Ok(None);
                }
                let tn = vm.type_name(y);
                Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")))
            }
        },
        (Object::Str(s), BinaryOp::Multiply) => match repeat_count(vm, y)? {
            Some(n) => {
                if s.as_str().len().saturating_mul(n) > isize::MAX as usize / 2 {
                    return Err(vm.memory_error());
                }
                Ok(Some(Value::Obj(vm.new_string(s.as_str().repeat(n)))))
            }
            None => {
                let tn = vm.type_name(y);
                Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")))
            }
        },
        (Object::Str(s), BinaryOp::Remainder) => {
            let out = crate::format::percent::percent_format(vm, s.as_str(), y)?;
            Ok(Some(Value::Obj(vm.new_string(out))))
        }
        (Object::List(l), BinaryOp::Add) => match y {
            Value::Obj(o) if matches!(&**o, Object::List(_)) => {
                let Object::List(m) = &**o else { unreachable!() };
                let mut items = l.borrow().clone();
                items.extend(m.borrow().iter().cloned());
                Ok(Some(Value::Obj(vm.new_list(items))))
            }
            _ => {
                let tn = vm.type_name(y);
                Err(vm.type_error(format!("can only concatenate list (not \"{tn}\") to list")))
            }
        },
        (Object::Tuple(t), BinaryOp::Add) => match y {
            Value::Obj(o) if o.as_tuple().is_some() => {
                let mut items = t.to_vec();
                items.extend(o.as_tuple().expect("tuple").iter().cloned());
                Ok(Some(vm.tuple_val(items)))
            }
            _ => {
                let tn = vm.type_name(y);
                Err(vm.type_error(format!("can only concatenate tuple (not \"{tn}\") to tuple")))
            }
        },
        (Object::Bytes(s), BinaryOp::Add) => match y {
            Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => {
                let Object::Bytes(t) = &**o else { unreachable!() };
                let mut out = s.to_vec();
                out.extend_from_slice(t);
                Ok(Some(Value::from_obj(Object::Bytes(out.into_boxed_slice()))))
            }
            _ => {
                let tn = vm.type_name(y);
                Err(vm.type_error(format!("can't concat {tn} to bytes")))
            }
        },
        (Object::List(_) | Object::Tuple(_) | Object::Bytes(_), BinaryOp::Multiply) => {
            let Some(n) = repeat_count(vm, y)? else {
                let tn = vm.type_name(y);
                return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
            };
            Ok(Some(match &**x {
                Object::List(l) => {
                    let items = l.borrow();
                    let mut out = Vec::with_capacity(items.len() * n);
                    for _ in 0..n {
                        out.extend(items.iter().cloned());
                    }
                    Value::Obj(vm.new_list(out))
                }
                Object::Tuple(t) => {
                    let mut out = Vec::with_capacity(t.len() * n);
                    for _ in 0..n {
                        out.extend(t.iter().cloned());
                    }
                    vm.tuple_val(out)
                }
                Object::Bytes(b) => Value::from_obj(Object::Bytes(b.repeat(n).into_boxed_slice())),
                _ => unreachable!(),
            }))
        }
        (Object::Set(_) | Object::FrozenSet(_), BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor) => {
            let Value::Obj(yo) = y else { return Ok(None) };
            if !matches!(&**yo, Object::Set(_) | Object::FrozenSet(_)) {
                return Ok(None);
            }
            let frozen = matches!(&**x, Object::FrozenSet(_));
            let result = set_algebra(vm, a, b, op)?;
            Ok(Some(if frozen {
                Value::from_obj(Object::FrozenSet(Box::new(result)))
            } else {
                Value::from_obj(Object::Set(Box::new(result)))
            }))
        }
        (Object::DictView(_, k), BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor)
            if *k != DictViewKind::Values =>
        {
            let sa = Value::from_obj(Object::Set(Box::new(to_set(vm, a)?)));
            let sb = Value::from_obj(Object::Set(Box::new(to_set(vm, b)?)));
            let result = set_algebra(vm, &sa, &sb, op)?;
            Ok(Some(Value::from_obj(Object::Set(Box::new(result)))))
        }
        (Object::Dict(d), BinaryOp::Or) => match y {
            Value::Obj(o) if o.as_dict().is_some() => {
                let new = d.copy();
                vm.dict_update(&new, y)?;
                Ok(Some(Value::from_obj(Object::Dict(Box::new(new)))))
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// A new set with the items of any iterable.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<SetObj> {
    let s = SetObj::new();
    if let Value::Obj(o) = v {
        if let Object::Set(src) | Object::FrozenSet(src) = &**o {
            s.merge(vm, src)?;
            return Ok(s);
        }
    }
    for item in vm.iterate(v)? {
        s.add(vm, item)?;
    }
    Ok(s)
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
fn set_algebra(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp) -> PyResult<SetObj> {
    let sa = set_of(vm, a)?;
    let sb = set_of(vm, b)?;
    match op {
        BinaryOp::Or => {
            let r = sa.copy();
            r.merge(vm, sb)?;
            Ok(r)
        }
        BinaryOp::And => {
            // CPython iterates the smaller set and keeps what the other contains.
            let (small, big) = if sa.len() > sb.len() { (sb, sa) } else { (sa, sb) };
            let r = SetObj::new();
            for k in small.keys() {
                if big.contains(vm, &k)? {
                    r.add(vm, k)?;
                }
            }
            Ok(r)
        }
        BinaryOp::Subtract => {
            let r = SetObj::new();
            for k in sa.keys() {
                if !sb.contains(vm, &k)? {
                    r.add(vm, k)?;
                }
            }
            Ok(r)
        }
        _ => {
            let r = sa.copy();
            for k in sb.keys() {
                if !r.discard(vm, &k)? {
                    r.add(vm, k)?;
                }
            }
            Ok(r)
        }
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

pub fn init(vm: &mut Vm) {
    init_tuple(vm);
    init_list(vm);
    init_dict(vm);
    init_set(vm);
    init_range_slice_bytes(vm);
}

fn init_tuple(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    set_doc(vm, &t, "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.");
    super::set_constructor(&t, |vm, _ty, a| {
        vm.no_kwargs("tuple", &a)?;
        let pos = vm.check_positional("tuple", &a, 0, 1)?;
        match pos.first() {
            None => Ok(Value::Obj(vm.empty_tuple.clone())),
            Some(v @ Value::Obj(o)) if o.as_tuple().is_some() => Ok(v.clone()),
            Some(v) => {
                let items = vm.iterate(v)?;
                Ok(vm.tuple_val(items))
            }
        }
    });
    add_method(vm, &t, "count", |vm, a| {
        let x = vm.one_arg("list.count", &a.shift())?.clone();
        let items = a.args[0].as_obj().and_then(|o| o.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
        let mut n = 0;
        for i in &items {
            if i.is(&x) || vm.eq_bool(i, &x)? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    });
    add_method(vm, &t, "index", |vm, a| {
        let items = a.args[0].as_obj().and_then(|o| o.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
        seq_index(vm, &items, a.shift(), "tuple.index(x): x not in tuple")
    });
    add_method(vm, &t, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
    add_method(vm, &t, "__getitem__", |vm, a| {
        let pos = vm.check_positional("__getitem__", &a, 2, 2)?;
        vm.getitem(&pos[0], &pos[1])
    });
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
}

/// `seq.index(x[, start[, stop]])`.
fn seq_index(vm: &mut Vm, items: &[Value], a: Args, msg: &str) -> PyResult<Value> {
    let pos = vm.check_positional("index", &a, 1, 3)?;
    let len = items.len() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None => Ok(d),
            Some(v) => {
                let i = vm.to_index(v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
            }
        }
    };
    let start = norm(vm, pos.get(1), 0)?;
    let stop = norm(vm, pos.get(2), len)?;
    for i in start..stop {
        let item = &items[i as usize];
        if item.is(&pos[0]) || vm.eq_bool(item, &pos[0])? {
            return Ok(Value::Int(i));
        }
    }
    Err(vm.value_error(msg.to_string()))
}

fn init_list(vm: &mut Vm) {
    let t = vm.types.list.clone();
    set_doc(vm, &t, "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.");
    super::set_constructor(&t, |vm, _ty, a| {
        vm.no_kwargs("list", &a)?;
        let pos = vm.check_positional("list", &a, 0, 1)?;
        let items = match pos.first() {
            Some(v) => vm.iterate(v)?,
            None => Vec::new(),
        };
        Ok(Value::Obj(vm.new_list(items)))
    });
    add_method(vm, &t, "append", |vm, a| {
        let x = vm.one_arg("list.append", &a.shift())?.clone();
        list_of(vm, &a.args[0])?.borrow_mut().push(x);
        Ok(Value::None)
    });
    add_method(vm, &t, "extend", |vm, a| {
        let x = vm.one_arg("list.extend", &a.shift())?.clone();
        let items = vm.iterate(&x)?;
        list_of(vm, &a.args[0])?.borrow_mut().extend(items);
        Ok(Value::None)
    });
    add_method(vm, &t, "insert", |vm, a| {
        let pos = vm.check_positional("insert", &a.shift(), 2, 2)?;
        let i = vm.to_index(&pos[0])?;
        let l = list_of(vm, &a.args[0])?;
        let len = l.borrow().len() as i64;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
        l.borrow_mut().insert(i, pos[1].clone());
        Ok(Value::None)
    });
    add_method(vm, &t, "pop", |vm, a| {
        let pos = vm.check_positional("pop", &a.shift(), 0, 1)?;
        let i = match pos.first() {
            Some(v) => vm.to_index(v)?,
            None => -1,
        };
        let l = list_of(vm, &a.args[0])?;
        let len = l.borrow().len() as i64;
        if len == 0 {
            return Err(vm.index_error("pop from empty list"));
        }
        let idx = if i < 0 { i + len } else { i };
        if idx < 0 || idx >= len {
            return Err(vm.index_error("pop index out of range"));
        }
        let v = l.borrow_mut().remove(idx as usize);
        Ok(v)
    });
    add_method(vm, &t, "remove", |vm, a| {
        let x = vm.one_arg("list.remove", &a.shift())?.clone();
        let l = list_of(vm, &a.args[0])?;
        let items = l.borrow().clone();
        for (i, item) in items.iter().enumerate() {
            if item.is(&x) || vm.eq_bool(item, &x)? {
                let mut list = l.borrow_mut();
                if i < list.len() {
                    let old = list.remove(i);
                    drop(list);
                    drop(old);
                }
                return Ok(Value::None);
            }
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    });
    add_method(vm, &t, "index", |vm, a| {
        let items = list_of(vm, &a.args[0])?.borrow().clone();
        seq_index(vm, &items, a.shift(), "").map_err(|e| e).or_else(|e| {
            if vm.err_matches(&e, &vm.exc.value_error.clone())
                && vm.exc_args(&e.0).first().is_some_and(|m| vm.as_str_ref(m) == Some(""))
            {
                let x = a.args[1].clone();
                let r = vm.repr_string(&x)?;
                return Err(vm.value_error(format!("{r} is not in list")));
            }
            Err(e)
        })
    });
    add_method(vm, &t, "count", |vm, a| {
        let x = vm.one_arg("list.count", &a.shift())?.clone();
        let items = list_of(vm, &a.args[0])?.borrow().clone();
        let mut n = 0;
        for i in &items {
            if i.is(&x) || vm.eq_bool(i, &x)? {
                n += 1;
            }
        }
        Ok(Value::Int(n))
    });
    add_method(vm, &t, "reverse", |vm, a| {
        vm.no_args("list.reverse", &a.shift())?;
        list_of(vm, &a.args[0])?.borrow_mut().reverse();
        Ok(Value::None)
    });
    add_method(vm, &t, "clear", |vm, a| {
        vm.no_args("list.clear", &a.shift())?;
        let old = std::mem::take(&mut *list_of(vm, &a.args[0])?.borrow_mut());
        drop(old);
        Ok(Value::None)
    });
    add_method(vm, &t, "copy", |vm, a| {
        vm.no_args("list.copy", &a.shift())?;
        let items = list_of(vm, &a.args[0])?.borrow().clone();
        Ok(Value::Obj(vm.new_list(items)))
    });
    add_method(vm, &t, "sort", |vm, a| {
        if !a.shift().pos().is_empty() {
            return Err(vm.type_error("sort() takes no positional arguments"));
        }
        let mut key = None;
        let mut reverse = false;
        for (k, v) in a.kw() {
            match k {
                "key" => key = Some(v.clone()),
                "reverse" => reverse = vm.truthy(v)?,
                other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
            }
        }
        let l = list_of(vm, &a.args[0])?;
        let items = std::mem::take(&mut *l.borrow_mut());
        let sorted = vm.sort_values(items.clone(), key.as_ref(), reverse);
        let modified = !l.borrow().is_empty();
        match sorted {
            Ok(s) => {
                *l.borrow_mut() = s;
                if modified {
                    return Err(vm.value_error("list modified during sort"));
                }
                Ok(Value::None)
            }
            Err(e) => {
                *l.borrow_mut() = items;
                Err(e)
            }
        }
    });
    add_method(vm, &t, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
    add_method(vm, &t, "__getitem__", |vm, a| {
        let pos = vm.check_positional("__getitem__", &a, 2, 2)?;
        vm.getitem(&pos[0], &pos[1])
    });
    add_method(vm, &t, "__setitem__", |vm, a| {
        let pos = vm.check_positional("__setitem__", &a, 3, 3)?;
        vm.setitem(&pos[0], pos[1].clone(), pos[2].clone())?;
        Ok(Value::None)
    });
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    super::set_type_attr(vm, &t, "__hash__", Value::None);
}

fn init_dict(vm: &mut Vm) {
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
            let d = DictObj::new();
            for k in vm.iterate(&pos[0])? {
                d.set_item(vm, k, value.clone())?;
            }
            Ok(Value::from_obj(Object::Dict(Box::new(d))))
        },
        MethodKind::Class,
    );
    add_method(vm, &t, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
    add_method(vm, &t, "__getitem__", |vm, a| {
        let pos = vm.check_positional("__getitem__", &a, 2, 2)?;
        vm.getitem(&pos[0], &pos[1])
    });
    add_method(vm, &t, "__setitem__", |vm, a| {
        let pos = vm.check_positional("__setitem__", &a, 3, 3)?;
        vm.setitem(&pos[0], pos[1].clone(), pos[2].clone())?;
        Ok(Value::None)
    });
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
        let _ = kind;
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

fn init_set(vm: &mut Vm) {
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
            add_method(vm, &ty, "update", |vm, a| {
                for other in a.shift().pos() {
                    let items = to_set(vm, other)?;
                    set_of(vm, &a.args[0])?.merge(vm, &items)?;
                }
                Ok(Value::None)
            });
        }
        add_method(vm, &ty, "copy", |vm, a| {
            let s = set_of(vm, &a.args[0])?.copy();
            Ok(match &a.args[0] {
                Value::Obj(o) if matches!(&**o, Object::FrozenSet(_)) => {
                    Value::from_obj(Object::FrozenSet(Box::new(s)))
                }
                _ => Value::from_obj(Object::Set(Box::new(s))),
            })
        });
        macro_rules! algebra {
            ($name:literal, $op:expr) => {
                add_method(vm, &ty, $name, |vm, a| {
                    let mut acc = a.args[0].clone();
                    let frozen = matches!(&acc, Value::Obj(o) if matches!(&**o, Object::FrozenSet(_)));
                    acc = Value::from_obj(Object::Set(Box::new(set_of(vm, &acc)?.copy())));
                    for other in a.shift().pos() {
                        let o = Value::from_obj(Object::Set(Box::new(to_set(vm, other)?)));
                        let r = set_algebra(vm, &acc, &o, $op)?;
                        acc = Value::from_obj(Object::Set(Box::new(r)));
                    }
                    if frozen {
                        let s = set_of(vm, &acc)?.copy();
                        acc = Value::from_obj(Object::FrozenSet(Box::new(s)));
                    }
                    Ok(acc)
                });
            };
        }
        algebra!("union", BinaryOp::Or);
        algebra!("intersection", BinaryOp::And);
        algebra!("difference", BinaryOp::Subtract);
        algebra!("symmetric_difference", BinaryOp::Xor);
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

fn init_range_slice_bytes(vm: &mut Vm) {
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

    let b = vm.types.bytes.clone();
    super::set_constructor(&b, |vm, _ty, a| {
        let pos = vm.check_positional("bytes", &a, 0, 3)?;
        let Some(src) = pos.first() else { return Ok(Value::from_obj(Object::Bytes(Box::new([])))) };
        let data: Vec<u8> = match src {
            Value::Obj(o) if o.as_str().is_some() => {
                if pos.len() < 2 {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                o.as_str().expect("str").as_str().as_bytes().to_vec()
            }
            Value::Int(n) => {
                if *n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                vec![0; *n as usize]
            }
            Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => return Ok(src.clone()),
            _ => {
                let mut out = Vec::new();
                for item in vm.iterate(src)? {
                    let n = vm.to_index(&item)?;
                    if !(0..=255).contains(&n) {
                        return Err(vm.value_error("bytes must be in range(0, 256)"));
                    }
                    out.push(n as u8);
                }
                out
            }
        };
        Ok(Value::from_obj(Object::Bytes(data.into_boxed_slice())))
    });
    add_method(vm, &b, "decode", |vm, a| {
        let Value::Obj(o) = &a.args[0] else { return Ok(Value::None) };
        let Object::Bytes(data) = &**o else { return Ok(Value::None) };
        match std::str::from_utf8(data) {
            Ok(s) => Ok(vm.str_val(s)),
            Err(e) => {
                let t = vm.exc.unicode_error.clone();
                Err(vm.new_error(
                    &t,
                    format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                        data[e.valid_up_to()],
                        e.valid_up_to()
                    ),
                ))
            }
        }
    });
    add_method(vm, &b, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
}
