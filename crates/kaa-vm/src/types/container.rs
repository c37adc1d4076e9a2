//! `tuple` and `list`: constructors, methods, sequence operators (concatenation,
//! repetition, `%` formatting) and the stable merge sort `sorted` uses. Dicts and sets
//! are in `mapping_set.rs`; range, slice and bytes in `range_bytes.rs`.

use std::cell::RefCell;

use kaa_bytecode::{BinaryOp, CompareOp};

use super::mapping_set::set_algebra;
use super::{add_method, set_doc};
use crate::error::PyResult;
use crate::object::{DictViewKind, Object};
use crate::objects::builtin_func::{Args, NativeFn};
use crate::objects::dict::DictObj;
use crate::value::Value;
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

/// The keyword-only `key` and `reverse` of `list.sort` (and `sorted`), parsed and
/// converted as CPython does: `reverse` must be an integer.
pub fn sort_options(vm: &mut Vm, a: &Args) -> PyResult<(Option<Value>, bool)> {
    if !a.pos().is_empty() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let slots = vm.parse_clinic("sort", a, &["key", "reverse"], 0, 0)?;
    let reverse = match &slots[1] {
        Some(r) => vm.to_c_int(r)? != 0,
        None => false,
    };
    Ok((slots[0].clone(), reverse))
}

impl Vm {
    /// `list.extend(src)` and `list += src`: a list or tuple is copied at once (so
    /// `x.extend(x)` doubles `x`); anything else is appended item by item as it is
    /// iterated, as CPython does (an iterator that appends to the list sees that).
    pub fn list_extend(&mut self, l: &RefCell<Vec<Value>>, src: &Value) -> PyResult<()> {
        if let Value::Obj(o) = src {
            let items = match &**o {
                Object::List(s) => Some(s.borrow().clone()),
                Object::Tuple(t) => Some(t.to_vec()),
                _ => None,
            };
            if let Some(items) = items {
                l.borrow_mut().extend(items);
                return Ok(());
            }
            // A range says how long it is: room for it up front, or a MemoryError.
            if let Object::Range(_) | Object::BigRange(_) = &**o {
                let items = self.iterate(src)?;
                let mut list = l.borrow_mut();
                if list.try_reserve(items.len()).is_err() {
                    drop(list);
                    return Err(self.memory_error());
                }
                list.extend(items);
                return Ok(());
            }
        }
        let it = self.get_iter(src)?;
        while let Some(x) = self.next(&it)? {
            let mut list = l.borrow_mut();
            if list.try_reserve(1).is_err() {
                drop(list);
                return Err(self.memory_error());
            }
            list.push(x);
        }
        Ok(())
    }

    /// Sorts `values` in place as `list.sort` does: keys computed first (a failing key
    /// function leaves the values untouched), then CPython's timsort on them, `reverse`
    /// keeping equal items in their order. A failing comparison leaves the values in
    /// whatever order the sort had reached.
    pub fn sort_in_place(&mut self, values: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
        fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
            match crate::protocols::compare::fast_lt(a, b) {
                Some(r) => Ok(r),
                None => vm.compare_bool(a, b, CompareOp::Lt),
            }
        }
        // CPython looks at the keys first: when all are instances of one class, it
        // calls that class's comparison directly, which Python code can observe as
        // recursion depth (sorting inside a `__lt__` or a `cmp_to_key` function).
        // `Some(None)`: one class, whose `__lt__` is looked up at each comparison;
        // `Some(Some(f))`: one native module's type, whose `__lt__` is `f` (its dict
        // cannot change, so it is looked up once).
        fn same_class<'a>(vm: &Vm, mut keys: impl Iterator<Item = &'a Value>) -> Option<Option<NativeFn>> {
            let first = keys.next()?;
            if !crate::protocols::instance::has_python_class(first) {
                return None;
            }
            let ty = vm.type_of(first);
            if !keys.all(|k: &Value| std::rc::Rc::ptr_eq(&vm.type_of(k), &ty)) {
                return None;
            }
            let t = ty.as_type()?;
            let native = match t.lookup("__lt__") {
                Some(Value::Obj(m)) if !t.is_heap && t.layout == crate::objects::typeobj::Layout::Native => match &*m {
                    Object::MethodDescriptor(d) if d.name == "__lt__" && std::rc::Rc::ptr_eq(&d.owner, &ty) => {
                        Some(d.func)
                    }
                    _ => None,
                },
                _ => None,
            };
            Some(native)
        }
        fn lt_same_class(vm: &mut Vm, native: Option<NativeFn>, a: &Value, b: &Value) -> PyResult<bool> {
            match native {
                Some(f) => vm.sort_lt_native(f, a, b),
                None => vm.sort_lt_same_class(a, b),
            }
        }
        let key = key.filter(|k| !k.is_none());
        let Some(f) = key else {
            if reverse {
                values.reverse();
            }
            let r = match same_class(self, values.iter()) {
                Some(native) => super::sort::timsort(self, values, &mut |vm, a, b| lt_same_class(vm, native, a, b)),
                None => super::sort::timsort(self, values, &mut lt),
            };
            if reverse {
                values.reverse();
            }
            return r;
        };
        let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(values.len());
        for v in values.iter() {
            let k = self.call(f, std::slice::from_ref(v), &[])?;
            pairs.push((k, v.clone()));
        }
        if reverse {
            pairs.reverse();
        }
        let r = match same_class(self, pairs.iter().map(|p| &p.0)) {
            Some(native) => {
                super::sort::timsort(self, &mut pairs, &mut |vm, a, b| lt_same_class(vm, native, &a.0, &b.0))
            }
            None => super::sort::timsort(self, &mut pairs, &mut |vm, a, b| lt(vm, &a.0, &b.0)),
        };
        if reverse {
            pairs.reverse();
        }
        *values = pairs.into_iter().map(|(_, v)| v).collect();
        r
    }

    /// The dict whose entries a merge reads directly: a dict, or the dict inside a dict
    /// subclass that keeps dict's iteration (its own `__getitem__` and `keys()` are not
    /// consulted), as CPython's `dict_merge` does. None for other mappings.
    pub fn dict_merge_source(&self, other: &Value) -> Option<Value> {
        match other {
            Value::Obj(o) if o.as_dict().is_some() => Some(other.clone()),
            _ => match self.builtin_base(other) {
                Some(b @ Value::Obj(_)) if b.as_obj().is_some_and(|o| o.as_dict().is_some()) => {
                    let ty = self.type_of(other);
                    let iter = ty.as_type().expect("type").lookup("__iter__");
                    let own_iter = iter
                        .is_some_and(|i| !matches!(&i, Value::Obj(m) if matches!(&**m, Object::MethodDescriptor(_))));
                    (!own_iter).then_some(b)
                }
                _ => None,
            },
        }
    }

    /// `dict.update(other)` for a dict, a mapping, or an iterable of pairs.
    pub fn dict_update(&mut self, d: &DictObj, other: &Value) -> PyResult<()> {
        let plain = self.dict_merge_source(other);
        let other = plain.as_ref().unwrap_or(other);
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
            if !self.is_iterable(&keys) {
                let (tn, kt) = (self.type_name(other), self.type_name(&keys));
                return Err(self.type_error(format!("{tn}.keys() returned a non-iterable (type {kt})")));
            }
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

/// Item `i` of a list as it is now (None past its end), for loops whose comparisons
/// may change the list, as CPython's list methods allow.
pub fn live_item(l: &RefCell<Vec<Value>>, i: usize) -> Option<Value> {
    l.borrow().get(i).cloned()
}

/// Whether `v` is an instance of a class that defines `name`.
fn is_instance_with(vm: &Vm, v: &Value, name: &str) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, Object::Instance(_)))
        && vm.type_of(v).as_type().is_some_and(|t| t.lookup(name).is_some())
}

/// Operators on sequences and sets: concatenation, repetition, `%` formatting, and set
/// algebra. `None` when unsupported.
pub fn sequence_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinaryOp, _inplace: bool) -> PyResult<Option<Value>> {
    // A keys or items view on the right accepts any iterable on the left (the view's
    // reflected operator turns both sides into sets).
    if let Value::Obj(yo) = b {
        let left_is_set =
            matches!(a, Value::Obj(x) if matches!(&**x, Object::Set(_) | Object::FrozenSet(_) | Object::DictView(..)));
        if matches!(&**yo, Object::DictView(_, k) if *k != DictViewKind::Values)
            && matches!(op, BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor)
            && !left_is_set
        {
            return super::set_ops::dict_view_binary(vm, a, b, op).map(Some);
        }
    }
    let (Value::Obj(x), y) = (a, b) else {
        if let (Value::Obj(yo), BinaryOp::Multiply) = (b, op) {
            if matches!(
                &**yo,
                Object::Str(_) | Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_)
            ) {
                return sequence_binary(vm, b, a, op, false);
            }
        }
        return Ok(None);
    };
    // An instance's `__rmul__` gets its turn before a repeat count is demanded of it.
    let defer = matches!(y, Value::Obj(o) if matches!(&**o, Object::Instance(_)))
        && vm.user_slot(y, "__index__").is_none()
        && vm.user_slot(y, "__rmul__").is_some();
    // The count of a repetition: an int, or an object with __index__.
    let repeat_count = |vm: &mut Vm, n: &Value| -> PyResult<Option<usize>> {
        if !vm.has_index(n) {
            return Ok(None);
        }
        let c = vm.big_index(n)?;
        match num_traits::ToPrimitive::to_i64(&c) {
            Some(c) => Ok(Some(c.max(0) as usize)),
            None => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
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
        (Object::Str(_), BinaryOp::Multiply) if is_instance_with(vm, y, "__rmul__") => Ok(None),
        (Object::Str(s), BinaryOp::Multiply) => match repeat_count(vm, y)? {
            Some(n) => {
                let out = vm.repeat_str(s.as_str(), s.char_len(), n)?;
                Ok(Some(Value::Obj(vm.new_string(out))))
            }
            None if defer => Ok(None),
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
            // An instance's `__radd__` gets its turn first (the error comes after).
            _ if crate::protocols::instance::has_python_class(y) => Ok(None),
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
            _ if crate::protocols::instance::has_python_class(y) => Ok(None),
            _ => {
                let tn = vm.type_name(y);
                Err(vm.type_error(format!("can only concatenate tuple (not \"{tn}\") to tuple")))
            }
        },
        (Object::Bytes(s), BinaryOp::Remainder) => super::bytes::bytes_percent(vm, s, y).map(Some),
        (Object::ByteArray(s), BinaryOp::Remainder) => {
            let data = s.borrow().clone();
            let r = super::bytes::bytes_percent(vm, &data, y)?;
            let bytes = super::bytes_like(&r).map(|b| b.into_owned()).unwrap_or_default();
            Ok(Some(super::new_bytearray(bytes)))
        }
        // Concatenation gives the left operand's type.
        (Object::Bytes(_) | Object::ByteArray(_), BinaryOp::Add) => {
            let left = super::bytes_like(a).expect("bytes-like").into_owned();
            let Some(right) = super::bytes_like(y) else {
                if crate::protocols::instance::has_python_class(y) {
                    return Ok(None);
                }
                let (tn, own) = (vm.type_name(y), vm.type_name(a));
                return Err(vm.type_error(format!("can't concat {tn} to {own}")));
            };
            let mut out = left;
            out.extend_from_slice(&right);
            Ok(Some(match &**x {
                Object::ByteArray(_) => super::new_bytearray(out),
                _ => Value::from_obj(Object::Bytes(out.into_boxed_slice())),
            }))
        }
        (Object::List(_) | Object::Tuple(_) | Object::Bytes(_) | Object::ByteArray(_), BinaryOp::Multiply) => {
            // A class with __rmul__ gets its turn first (numeric slots precede repetition).
            if is_instance_with(vm, y, "__rmul__") {
                return Ok(None);
            }
            let Some(n) = repeat_count(vm, y)? else {
                if defer {
                    return Ok(None);
                }
                let tn = vm.type_name(y);
                return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
            };
            Ok(Some(match &**x {
                Object::List(l) => {
                    let items = l.borrow().clone();
                    let out = vm.repeat_items(&items, n)?;
                    Value::Obj(vm.new_list(out))
                }
                Object::Tuple(t) => {
                    let out = vm.repeat_items(t, n)?;
                    vm.tuple_val(out)
                }
                Object::Bytes(b) => Value::from_obj(Object::Bytes(vm.repeat_bytes(b, n)?.into_boxed_slice())),
                Object::ByteArray(b) => {
                    let data = b.borrow().clone();
                    super::new_bytearray(vm.repeat_bytes(&data, n)?)
                }
                _ => unreachable!(),
            }))
        }
        (Object::Set(_) | Object::FrozenSet(_), BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor) => {
            let Value::Obj(yo) = y else { return Ok(None) };
            if let Object::DictView(_, k) = &**yo {
                if *k == DictViewKind::Values {
                    return Ok(None);
                }
                // CPython: the set's operator declines and the view's takes over,
                // producing a plain set.
                return super::set_ops::dict_view_binary(vm, a, b, op).map(Some);
            }
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
            super::set_ops::dict_view_binary(vm, a, b, op).map(Some)
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

pub fn init(vm: &mut Vm) {
    init_tuple(vm);
    init_list(vm);
    super::mapping_set::init_dict(vm);
    super::mapping_set::init_set(vm);
    super::range_bytes::init_range_slice_bytes(vm);
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
                let i = vm.clamped_index(v)?;
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
    // What a subclass's instance creation runs after list.__new__ made it empty (and
    // `l.__init__(it)` on any list): replace the items with the iterable's.
    add_method(vm, &t, "__init__", |vm, a| {
        let rest = a.shift();
        vm.no_kwargs("list", &rest)?;
        let pos = vm.check_positional("list", &rest, 0, 1)?;
        let items = match pos.first() {
            Some(v) => vm.iterate(v)?,
            None => Vec::new(),
        };
        let old = std::mem::replace(&mut *list_of(vm, &a.args[0])?.borrow_mut(), items);
        drop(old);
        Ok(Value::None)
    });
    add_method(vm, &t, "append", |vm, a| {
        let x = vm.one_arg("list.append", &a.shift())?.clone();
        list_of(vm, &a.args[0])?.borrow_mut().push(x);
        Ok(Value::None)
    });
    add_method(vm, &t, "extend", |vm, a| {
        let x = vm.one_arg("list.extend", &a.shift())?.clone();
        let l = list_of(vm, &a.args[0])?;
        vm.list_extend(l, &x)?;
        Ok(Value::None)
    });
    add_method(vm, &t, "insert", |vm, a| {
        let pos = vm.check_positional("insert", &a.shift(), 2, 2)?;
        let i = vm.to_ssize(&pos[0])?;
        let l = list_of(vm, &a.args[0])?;
        let len = l.borrow().len() as i64;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
        l.borrow_mut().insert(i, pos[1].clone());
        Ok(Value::None)
    });
    add_method(vm, &t, "pop", |vm, a| {
        let pos = vm.check_positional("pop", &a.shift(), 0, 1)?;
        let i = match pos.first() {
            Some(v) => vm.to_ssize(v)?,
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
        // The list is read as it stands at each step: comparisons may change it.
        let mut i = 0;
        while let Some(item) = live_item(l, i) {
            if item.is(&x) || vm.eq_bool(&item, &x)? {
                let mut list = l.borrow_mut();
                if i < list.len() {
                    let old = list.remove(i);
                    drop(list);
                    drop(old);
                }
                return Ok(Value::None);
            }
            i += 1;
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    });
    add_method(vm, &t, "index", |vm, a| {
        let pos = vm.check_positional("index", &a.shift(), 1, 3)?;
        let l = list_of(vm, &a.args[0])?;
        let len = l.borrow().len() as i64;
        let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
            match v {
                None => Ok(default),
                Some(v) => {
                    let i = vm.clamped_index(v)?;
                    Ok(if i < 0 { (i.saturating_add(len)).max(0) } else { i })
                }
            }
        };
        let start = bound(vm, pos.get(1), 0)?;
        // Without a stop the search follows the list as it grows.
        let stop = bound(vm, pos.get(2), i64::MAX)?;
        let mut i = start;
        while i < stop {
            let Some(item) = live_item(l, i as usize) else { break };
            if item.is(&pos[0]) || vm.eq_bool(&item, &pos[0])? {
                return Ok(Value::Int(i));
            }
            i += 1;
        }
        let r = vm.repr_string(&pos[0])?;
        Err(vm.value_error(format!("{r} is not in list")))
    });
    add_method(vm, &t, "count", |vm, a| {
        let x = vm.one_arg("list.count", &a.shift())?.clone();
        let l = list_of(vm, &a.args[0])?;
        let (mut n, mut i) = (0, 0);
        while let Some(item) = live_item(l, i) {
            if item.is(&x) || vm.eq_bool(&item, &x)? {
                n += 1;
            }
            i += 1;
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
        let mut old = std::mem::take(&mut *list_of(vm, &a.args[0])?.borrow_mut());
        // Released last to first, as CPython does (finalizers run in that order).
        while let Some(v) = old.pop() {
            drop(v);
        }
        Ok(Value::None)
    });
    add_method(vm, &t, "copy", |vm, a| {
        vm.no_args("list.copy", &a.shift())?;
        let items = list_of(vm, &a.args[0])?.borrow().clone();
        Ok(Value::Obj(vm.new_list(items)))
    });
    add_method(vm, &t, "sort", |vm, a| {
        let (key, reverse) = sort_options(vm, &a.shift())?;
        let l = list_of(vm, &a.args[0])?;
        // The list is empty while it sorts (as in CPython), so that comparisons that
        // look at it or change it can't disturb the sort; any change made meanwhile
        // allocates, which is how it is noticed afterwards.
        let mut items = std::mem::take(&mut *l.borrow_mut());
        let result = vm.sort_in_place(&mut items, key.as_ref(), reverse);
        let meanwhile = std::mem::replace(&mut *l.borrow_mut(), items);
        let modified = meanwhile.capacity() != 0;
        drop(meanwhile);
        result?;
        if modified {
            return Err(vm.value_error("list modified during sort"));
        }
        Ok(Value::None)
    });
    super::add_item_protocol(vm, &t);
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    super::set_type_attr(vm, &t, "__hash__", Value::None);
}
