//! Subscripts and membership: `x[i]`, `x[a:b:c]`, `x[i] = v`, `del x[i]`, `v in x`.

use num_traits::Signed;

use crate::error::PyResult;
use crate::object::{DictViewKind, Object};
use crate::objects::slice::{SliceIndices, SliceObj};
use crate::protocols::instance::has_python_class;
use crate::value::Value;
use crate::vm::Vm;

/// An index against a length: negative counts from the end; None when out of range.
pub(crate) fn resolve_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (i >= 0 && (i as usize) < len).then_some(i as usize)
}

impl Vm {
    /// Resolves a slice against a sequence length.
    pub fn slice_indices(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceIndices> {
        let (start, stop, step) = self.slice_parts(s)?;
        Ok(SliceIndices::adjust(start, stop, step, len as i64))
    }

    /// A slice's bounds converted (`__index__` may run, and change the sequence: the
    /// caller reads the length afterwards, as CPython does).
    pub(crate) fn slice_parts(&mut self, s: &SliceObj) -> PyResult<(Option<i64>, Option<i64>, i64)> {
        let step = match &s.step {
            Value::None => 1,
            v => self.slice_bound(v)?,
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = match &s.start {
            Value::None => None,
            v => Some(self.slice_bound(v)?),
        };
        let stop = match &s.stop {
            Value::None => None,
            v => Some(self.slice_bound(v)?),
        };
        Ok((start, stop, step))
    }

    /// A start or stop argument (`list.index(x, start, stop)`): an integer, huge values
    /// clamped to the i64 range (CPython's `_PyEval_SliceIndexNotNone`).
    pub fn clamped_index(&mut self, v: &Value) -> PyResult<i64> {
        if !self.has_index(v) {
            return Err(self.type_error("slice indices must be integers or have an __index__ method"));
        }
        let b = self.big_index(v)?;
        Ok(num_traits::ToPrimitive::to_i64(&b).unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
    }

    /// `operator.index(v)` of any size.
    pub fn big_index(&mut self, v: &Value) -> PyResult<num_bigint::BigInt> {
        if let Some(b) = self.as_bigint(v) {
            return Ok(b);
        }
        if self.has_index(v) {
            if let Some(r) = self.call_dunder(v, "__index__", &[])? {
                if let Some(b) = self.as_bigint(&r) {
                    return Ok(b);
                }
                let tn = self.type_name(&r);
                return Err(self.type_error(format!("__index__ returned non-int (type {tn})")));
            }
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
    }

    /// A slice resolved against a length of any size (CPython's
    /// `_PySlice_GetLongIndices`, behind `slice.indices` and range slicing).
    pub fn big_slice_indices(
        &mut self,
        s: &SliceObj,
        length: &num_bigint::BigInt,
    ) -> PyResult<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)> {
        use num_bigint::BigInt;
        let bound = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
            match v {
                Value::None => Ok(None),
                v if vm.has_index(v) => vm.big_index(v).map(Some),
                _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
            }
        };
        let step = bound(self, &s.step)?.unwrap_or_else(|| BigInt::from(1));
        if num_traits::Zero::is_zero(&step) {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let backwards = step.is_negative();
        let (lower, upper) = if backwards { (BigInt::from(-1), length - 1) } else { (BigInt::from(0), length.clone()) };
        let clamp = |v: BigInt| -> BigInt {
            let v = if v.is_negative() { v + length } else { v };
            if v < lower {
                lower.clone()
            } else if v > upper {
                upper.clone()
            } else {
                v
            }
        };
        let start = match bound(self, &s.start)? {
            Some(v) => clamp(v),
            None => {
                if backwards {
                    upper.clone()
                } else {
                    lower.clone()
                }
            }
        };
        let stop = match bound(self, &s.stop)? {
            Some(v) => clamp(v),
            None => {
                if backwards {
                    lower.clone()
                } else {
                    upper.clone()
                }
            }
        };
        Ok((start, stop, step))
    }

    /// `range[a:b:c]`: as CPython, the sub-range's bounds are the items at the adjusted
    /// slice indices (so range(100)[10:50:7] is range(10, 50, 7)), computed at any size.
    fn range_slice(&mut self, range: &Value, s: &SliceObj) -> PyResult<Value> {
        let (start, _, step, len) = crate::types::range_parts(range).expect("a range");
        let (i, j, k) = self.big_slice_indices(s, &len)?;
        let item = |n: &num_bigint::BigInt| &start + n * &step;
        Ok(crate::types::range_value(item(&i), item(&j), &step * k))
    }

    /// Whether `v`'s type defines `__index__` (CPython's `_PyIndex_Check`).
    pub fn has_index(&self, v: &Value) -> bool {
        match v {
            Value::Int(_) | Value::Bool(_) => true,
            Value::Obj(o) => match &**o {
                Object::BigInt(_) => true,
                Object::Instance(_) => self.type_of(v).as_type().expect("type").lookup("__index__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// A slice bound: an int (huge values clamp) or TypeError.
    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match &**o {
                Object::BigInt(b) => Ok(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }),
                Object::Instance(_) if self.has_index(v) => self.to_index(v),
                _ => Err(self.type_error("slice indices must be integers or None or have an __index__ method")),
            },
            _ => Err(self.type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// An index into a sequence of `len` items: negative counts from the end; None when
    /// out of range.
    pub(crate) fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
        let i = self.key_index(key, what)?;
        Ok(resolve_index(i, len))
    }

    /// The integer a subscript names (before it is resolved against a length, which its
    /// `__index__` may change).
    pub(crate) fn key_index(&mut self, key: &Value, what: &str) -> PyResult<i64> {
        Ok(match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => {
                return Err(self.index_error(format!("cannot fit 'int' into an index-sized integer")));
            }
            Value::Obj(o) if matches!(&**o, Object::Instance(_)) && self.has_index(key) => self.to_index(key)?,
            _ => {
                let tn = self.type_name(key);
                if what == "string" {
                    return Err(self.type_error(format!("string indices must be integers, not '{tn}'")));
                }
                return Err(self.type_error(format!("{what} indices must be integers or slices, not {tn}")));
            }
        })
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        let Value::Obj(o) = container else {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("'{tn}' object is not subscriptable")));
        };
        let slice = match key {
            Value::Obj(k) => match &**k {
                Object::Slice(s) => Some(s),
                _ => None,
            },
            _ => None,
        };
        match &**o {
            // A list's length is read after the key's conversion, which may change it.
            Object::List(l) => {
                if let Some(s) = slice {
                    let (start, stop, step) = self.slice_parts(s)?;
                    let idx = SliceIndices::adjust(start, stop, step, l.borrow().len() as i64);
                    let l = l.borrow();
                    let items: Vec<Value> = idx.iter().filter_map(|i| l.get(i).cloned()).collect();
                    return Ok(Value::Obj(self.new_list(items)));
                }
                let i = self.key_index(key, "list")?;
                let len = l.borrow().len();
                match resolve_index(i, len) {
                    Some(i) => Ok(l.borrow().get(i).cloned().unwrap_or(Value::None)),
                    None => Err(self.index_error("list index out of range")),
                }
            }
            Object::Tuple(t) => {
                if let Some(s) = slice {
                    let idx = self.slice_indices(s, t.len())?;
                    if idx.start == 0 && idx.step == 1 && idx.len == t.len() {
                        return Ok(container.clone());
                    }
                    let items: Vec<Value> = idx.iter().map(|i| t[i].clone()).collect();
                    return Ok(self.tuple_val(items));
                }
                match self.seq_index(key, t.len(), "tuple")? {
                    Some(i) => Ok(t[i].clone()),
                    None => Err(self.index_error("tuple index out of range")),
                }
            }
            Object::Str(s) => {
                if let Some(sl) = slice {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if idx.start == 0 && idx.step == 1 && idx.len == s.char_len() {
                        // A full slice of a str is the str itself (strs are immutable).
                        return Ok(container.clone());
                    }
                    if idx.step == 1 {
                        let end = (idx.start as usize + idx.len).min(s.char_len());
                        let sub = s.slice_chars(idx.start as usize, end).to_string();
                        return Ok(Value::Obj(self.new_string(sub)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = idx.iter().map(|i| chars[i]).collect();
                    return Ok(Value::Obj(self.new_string(out)));
                }
                let i = match key {
                    Value::Int(_) | Value::Bool(_) => self.seq_index(key, s.char_len(), "string")?,
                    Value::Obj(k) if matches!(&**k, Object::BigInt(_) | Object::Instance(_)) => {
                        self.seq_index(key, s.char_len(), "string")?
                    }
                    _ => {
                        let tn = self.type_name(key);
                        return Err(self.type_error(format!("string indices must be integers, not '{tn}'")));
                    }
                };
                match i.and_then(|i| s.char_at(i)) {
                    Some(c) => {
                        let mut buf = [0u8; 4];
                        Ok(self.str_val(c.encode_utf8(&mut buf)))
                    }
                    None => Err(self.index_error("string index out of range")),
                }
            }
            Object::Bytes(b) => {
                if let Some(s) = slice {
                    let idx = self.slice_indices(s, b.len())?;
                    if idx.start == 0 && idx.step == 1 && idx.len == b.len() {
                        return Ok(container.clone());
                    }
                    let out: Vec<u8> = idx.iter().map(|i| b[i]).collect();
                    return Ok(Value::from_obj(Object::Bytes(out.into_boxed_slice())));
                }
                match self.seq_index(key, b.len(), "byte")? {
                    Some(i) => Ok(Value::Int(b[i] as i64)),
                    None => Err(self.index_error("index out of range")),
                }
            }
            Object::ByteArray(b) => self.bytearray_getitem(b, key),
            Object::Range(r) => {
                if let Some(s) = slice {
                    return self.range_slice(container, s);
                }
                match self.seq_index(key, r.len as usize, "range")? {
                    Some(i) => Ok(Value::Int(r.item(i as i64))),
                    None => Err(self.index_error("range object index out of range")),
                }
            }
            Object::BigRange(r) => {
                if let Some(s) = slice {
                    return self.range_slice(container, s);
                }
                let Some(i) = self.as_bigint(key) else {
                    let tn = self.type_name(key);
                    return Err(self.type_error(format!("range indices must be integers or slices, not {tn}")));
                };
                let i = if num_traits::Signed::is_negative(&i) { &r.len + i } else { i };
                if num_traits::Signed::is_negative(&i) || i >= r.len {
                    return Err(self.index_error("range object index out of range"));
                }
                Ok(crate::protocols::arith::int_value(r.item(&i)))
            }
            Object::Dict(d) => match d.get_item(self, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            Object::Instance(_) => match self.call_dunder(container, "__getitem__", std::slice::from_ref(key))? {
                Some(v) => Ok(v),
                None => {
                    let tn = self.type_name(container);
                    Err(self.type_error(format!("'{tn}' object is not subscriptable")))
                }
            },
            Object::Type(t) => {
                // A metaclass's __getitem__ comes before __class_getitem__.
                if t.metaclass.is_some() {
                    if let Some(v) = self.call_dunder(container, "__getitem__", std::slice::from_ref(key))? {
                        return Ok(v);
                    }
                }
                // `type[int]` (type itself has no __class_getitem__ in CPython either).
                if std::rc::Rc::ptr_eq(o, &self.types.type_) {
                    return self.generic_alias(container, key);
                }
                if let Some(m) = t.lookup("__class_getitem__") {
                    let f = self.descr_get(&m, container, o)?;
                    return self.call(&f, std::slice::from_ref(key), &[]);
                }
                let name = t.name();
                Err(self.type_error(format!("type '{name}' is not subscriptable")))
            }
            _ => {
                let tn = self.type_name(container);
                Err(self.type_error(format!("'{tn}' object is not subscriptable")))
            }
        }
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            match &**o {
                Object::Dict(d) => return d.set_item(self, key, value),
                Object::List(l) => {
                    if let Value::Obj(k) = &key {
                        if let Object::Slice(s) = &**k {
                            let (start, stop, step) = self.slice_parts(s)?;
                            let items = self.iterate(&value)?;
                            let len = l.borrow().len();
                            let idx = SliceIndices::adjust(start, stop, step, len as i64);
                            let mut list = l.borrow_mut();
                            if idx.step == 1 {
                                let start = idx.start.clamp(0, len as i64) as usize;
                                let end = (start + idx.len).min(len);
                                list.splice(start..end, items);
                                return Ok(());
                            }
                            if items.len() != idx.len {
                                drop(list);
                                return Err(self.value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    items.len(),
                                    idx.len
                                )));
                            }
                            for (i, v) in idx.iter().zip(items) {
                                list[i] = v;
                            }
                            return Ok(());
                        }
                    }
                    let i = self.key_index(&key, "list")?;
                    let len = l.borrow().len();
                    return match resolve_index(i, len) {
                        Some(i) => {
                            let old = std::mem::replace(&mut l.borrow_mut()[i], value);
                            drop(old);
                            Ok(())
                        }
                        None => Err(self.index_error("list assignment index out of range")),
                    };
                }
                Object::ByteArray(b) => return self.bytearray_setitem(b, &key, &value),
                _ if has_python_class(container) => {
                    if self.call_dunder(container, "__setitem__", &[key, value])?.is_some() {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let tn = self.type_name(container);
        Err(self.type_error(format!("'{tn}' object does not support item assignment")))
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            match &**o {
                Object::Dict(d) => {
                    return match d.del_item(self, key)? {
                        Some(_) => Ok(()),
                        None => Err(self.key_error(key.clone())),
                    }
                }
                Object::ByteArray(b) => return self.bytearray_delitem(b, key),
                Object::List(l) => {
                    if let Value::Obj(k) = key {
                        if let Object::Slice(s) = &**k {
                            let (start, stop, step) = self.slice_parts(s)?;
                            let idx = SliceIndices::adjust(start, stop, step, l.borrow().len() as i64);
                            let mut remove: Vec<usize> = idx.iter().collect();
                            remove.sort_unstable();
                            let mut list = l.borrow_mut();
                            let mut removed = Vec::new();
                            for i in remove.into_iter().rev() {
                                removed.push(list.remove(i));
                            }
                            drop(list);
                            drop(removed);
                            return Ok(());
                        }
                    }
                    let i = self.key_index(key, "list")?;
                    let len = l.borrow().len();
                    return match resolve_index(i, len) {
                        Some(i) => {
                            let old = l.borrow_mut().remove(i);
                            drop(old);
                            Ok(())
                        }
                        None => Err(self.index_error("list assignment index out of range")),
                    };
                }
                _ if has_python_class(container) => {
                    if self.call_dunder(container, "__delitem__", std::slice::from_ref(key))?.is_some() {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        // CPython's wording depends on its path: a type with the sequence protocol and
        // an integer key fails in PySequence_DelItem ("doesn't"), anything else at the
        // end of PyObject_DelItem ("does not").
        let sequence_like = matches!(container, Value::Obj(o) if matches!(
            &**o,
            Object::Str(_)
                | Object::Tuple(_)
                | Object::Bytes(_)
                | Object::List(_)
                | Object::Range(_)
                | Object::Set(_)
                | Object::FrozenSet(_)
                | Object::Dict(_)
                | Object::DictView(..)
                | Object::Instance(_)
        ));
        let index_key = crate::protocols::arith::as_int(key).is_some();
        let tn = self.type_name(container);
        let verb = if sequence_like && index_key { "doesn't" } else { "does not" };
        Err(self.type_error(format!("'{tn}' object {verb} support item deletion")))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            match &**o {
                Object::List(l) => {
                    let mut i = 0;
                    while let Some(x) = crate::types::live_item(l, i) {
                        if x.is(item) || self.eq_bool(&x, item)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                    return Ok(false);
                }
                Object::Tuple(t) => {
                    let items = t.to_vec();
                    return self.seq_contains(&items, item);
                }
                Object::Str(s) => {
                    return match self.as_str_ref(item) {
                        Some(sub) => Ok(s.as_str().contains(sub)),
                        None => {
                            let tn = self.type_name(item);
                            Err(self.type_error(format!("'in <string>' requires string as left operand, not {tn}")))
                        }
                    }
                }
                Object::Dict(d) => return d.contains(self, item),
                Object::Set(s) | Object::FrozenSet(s) => {
                    return match s.contains(self, item) {
                        Err(e)
                            if matches!(item, Value::Obj(i) if matches!(&**i, Object::Set(_)))
                                && self.err_matches(&e, &self.exc.type_error.clone()) =>
                        {
                            // A set is looked up as the equivalent frozenset.
                            let fs = crate::types::to_frozenset(self, item)?;
                            s.contains(self, &fs)
                        }
                        r => r,
                    };
                }
                Object::BigRange(r) => {
                    return Ok(match self.as_bigint(item) {
                        Some(b) => r.contains(&b),
                        None => false,
                    });
                }
                Object::Range(r) => {
                    if let Some(b) = crate::protocols::arith::as_int(item) {
                        return Ok(match b {
                            crate::protocols::arith::IntRef::Small(i) => r.contains(i),
                            crate::protocols::arith::IntRef::Big(_) => false,
                        });
                    }
                    let items: Vec<Value> = (0..r.len).map(|i| Value::Int(r.item(i))).collect();
                    return self.seq_contains(&items, item);
                }
                Object::Bytes(b) => return self.bytes_contains(b, item),
                Object::ByteArray(b) => {
                    let data = b.borrow().clone();
                    return self.bytes_contains(&data, item);
                }
                Object::DictView(d, kind) => {
                    let dict = d.as_dict().expect("dict");
                    match kind {
                        DictViewKind::Keys => return dict.contains(self, item),
                        DictViewKind::Items => {
                            let Some(pair) = item.as_obj().and_then(|t| t.as_tuple().map(|t| t.to_vec())) else {
                                return Ok(false);
                            };
                            if pair.len() != 2 {
                                return Ok(false);
                            }
                            return match dict.get_item(self, &pair[0])? {
                                Some(v) => self.eq_bool(&v, &pair[1]),
                                None => Ok(false),
                            };
                        }
                        DictViewKind::Values => {
                            let items = dict.values();
                            return self.seq_contains(&items, item);
                        }
                    }
                }
                _ if has_python_class(container) => {
                    if let Some(r) = self.call_dunder(container, "__contains__", std::slice::from_ref(item))? {
                        return self.truthy(&r);
                    }
                }
                _ => {}
            }
        }
        if !self.is_iterable(container) {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
        }
        let it = self.get_iter(container)?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq_bool(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn seq_contains(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for x in items {
            if x.is(item) || self.eq_bool(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
