//! `bytearray`: the constructor, item access and assignment, and the methods that change
//! it in place (`append`, `extend`, `insert`, `pop`, `remove`, `clear`, `reverse`, `+=`,
//! `*=`). The read-only methods are `bytes`' own, registered for both types.

use std::cell::RefCell;

use super::{bytes_like, codecs, new_bytearray};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::objects::slice::SliceIndices;
use crate::protocols::subscript::resolve_index;
use crate::types::add_method;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The contents of a bytearray receiver.
fn cell<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a RefCell<Vec<u8>>> {
    match v {
        Value::Obj(o) => match &**o {
            Object::ByteArray(b) => Ok(b),
            _ => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("descriptor requires a 'bytearray' object but received a '{tn}'")))
            }
        },
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'bytearray' object but received a '{tn}'")))
        }
    }
}

impl Vm {
    /// An int in range(256), as a bytearray stores it.
    fn byte_value(&mut self, v: &Value) -> PyResult<u8> {
        let n = self.big_index(v)?;
        match num_traits::ToPrimitive::to_u8(&n) {
            Some(b) => Ok(b),
            None => Err(self.value_error("byte must be in range(0, 256)")),
        }
    }

    /// The bytes an assignment or `extend` takes: a bytes-like value as it is, else an
    /// iterable of ints; a non-iterable (and a str, if `refuse_str`) is refused with the
    /// message `refuse` (`{}` standing for its type name).
    fn bytes_from_iterable(&mut self, v: &Value, refuse: &str, refuse_str: bool) -> PyResult<Vec<u8>> {
        if let Some(b) = bytes_like(v) {
            return Ok(b.into_owned());
        }
        if (refuse_str && self.as_str_ref(v).is_some()) || !self.is_iterable(v) {
            let tn = self.type_name(v);
            return Err(self.type_error(refuse.replace("{}", &tn)));
        }
        let mut out = Vec::new();
        let it = self.get_iter(v)?;
        while let Some(item) = self.next(&it)? {
            let b = self.byte_value(&item)?;
            out.push(b);
        }
        Ok(out)
    }

    /// `ba[key]`.
    pub(crate) fn bytearray_getitem(&mut self, b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<Value> {
        if let Value::Obj(k) = key {
            if let Object::Slice(s) = &**k {
                let (start, stop, step) = self.slice_parts(s)?;
                let idx = SliceIndices::adjust(start, stop, step, b.borrow().len() as i64);
                let data = b.borrow();
                let out: Vec<u8> = idx.iter().map(|i| data[i]).collect();
                return Ok(new_bytearray(out));
            }
        }
        let i = self.key_index(key, "bytearray")?;
        match resolve_index(i, b.borrow().len()) {
            Some(i) => Ok(Value::Int(b.borrow()[i] as i64)),
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `ba[key] = value`: a byte at an index, or bytes (or ints) over a slice.
    pub(crate) fn bytearray_setitem(&mut self, b: &RefCell<Vec<u8>>, key: &Value, value: &Value) -> PyResult<()> {
        if let Value::Obj(k) = key {
            if let Object::Slice(s) = &**k {
                let items = if let Value::Int(_) | Value::Bool(_) = value {
                    return Err(
                        self.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
                    );
                } else {
                    self.bytes_from_iterable(
                        value,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        true,
                    )?
                };
                let (start, stop, step) = self.slice_parts(s)?;
                let len = b.borrow().len();
                let idx = SliceIndices::adjust(start, stop, step, len as i64);
                if idx.step == 1 {
                    let start = idx.start.clamp(0, len as i64) as usize;
                    let end = (start + idx.len).min(len);
                    b.borrow_mut().splice(start..end, items);
                    return Ok(());
                }
                if items.len() != idx.len {
                    return Err(self.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        items.len(),
                        idx.len
                    )));
                }
                let mut data = b.borrow_mut();
                for (i, v) in idx.iter().zip(items) {
                    data[i] = v;
                }
                return Ok(());
            }
        }
        let i = self.key_index(key, "bytearray")?;
        let byte = self.byte_value(value)?;
        let i = resolve_index(i, b.borrow().len());
        match i {
            Some(i) if i < b.borrow().len() => {
                b.borrow_mut()[i] = byte;
                Ok(())
            }
            _ => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `del ba[key]`.
    pub(crate) fn bytearray_delitem(&mut self, b: &RefCell<Vec<u8>>, key: &Value) -> PyResult<()> {
        if let Value::Obj(k) = key {
            if let Object::Slice(s) = &**k {
                let (start, stop, step) = self.slice_parts(s)?;
                let idx = SliceIndices::adjust(start, stop, step, b.borrow().len() as i64);
                let doomed: Vec<usize> = idx.iter().collect();
                let mut data = b.borrow_mut();
                let mut keep = vec![true; data.len()];
                for i in doomed {
                    keep[i] = false;
                }
                let mut k = 0;
                data.retain(|_| {
                    k += 1;
                    keep[k - 1]
                });
                return Ok(());
            }
        }
        let i = self.key_index(key, "bytearray")?;
        let len = b.borrow().len();
        match resolve_index(i, len) {
            Some(i) => {
                b.borrow_mut().remove(i);
                Ok(())
            }
            None => Err(self.index_error("bytearray index out of range")),
        }
    }

    /// `item in b` for bytes or a bytearray: a byte value, or a sub-string.
    pub(crate) fn bytes_contains(&mut self, data: &[u8], item: &Value) -> PyResult<bool> {
        if self.has_index(item) {
            let b = self.byte_value(item)?;
            return Ok(data.contains(&b));
        }
        match bytes_like(item) {
            Some(sub) => Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == &sub[..])),
            None => {
                let tn = self.type_name(item);
                Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")))
            }
        }
    }
}

/// `bytearray([source[, encoding[, errors]]])`.
fn bytearray_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("bytearray", &a, &["source", "encoding", "errors"], 0)?;
    let encoding = super::text_arg(vm, "bytearray", &slots[1], "encoding")?;
    let errors = super::text_arg(vm, "bytearray", &slots[2], "errors")?;
    let Some(src) = &slots[0] else {
        if encoding.is_some() {
            return Err(vm.type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(vm.type_error("errors without a string argument"));
        }
        return Ok(new_bytearray(Vec::new()));
    };
    if let Some(s) = src.as_obj().and_then(|o| o.as_str()) {
        let Some(enc) = encoding else { return Err(vm.type_error("string argument without an encoding")) };
        let data = codecs::encode(vm, s, &enc, errors.as_deref().unwrap_or("strict"))?;
        return Ok(new_bytearray(data));
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_like(src) {
        return Ok(new_bytearray(b.into_owned()));
    }
    if vm.has_index(src) {
        let n = vm.to_index(src).map_err(|_| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        return Ok(new_bytearray(vm.filled_vec(0, n as usize)?));
    }
    let data = vm.bytes_from_iterable(src, "cannot convert '{}' object to bytearray", true)?;
    Ok(new_bytearray(data))
}

/// Registers the constructor and the in-place methods.
pub(super) fn init(vm: &mut Vm, t: &ObjRef) {
    super::super::set_constructor(t, bytearray_new);
    super::super::set_type_attr(vm, t, "__hash__", Value::None);
    add_method(vm, t, "__setitem__", |vm, a| {
        let b = cell(vm, &a.args[0])?;
        vm.bytearray_setitem(b, &a.args[1], &a.args[2])?;
        Ok(Value::None)
    });
    add_method(vm, t, "__delitem__", |vm, a| {
        let b = cell(vm, &a.args[0])?;
        vm.bytearray_delitem(b, &a.args[1])?;
        Ok(Value::None)
    });
    add_method(vm, t, "append", |vm, a| {
        let byte = vm.byte_value(&a.args[1])?;
        cell(vm, &a.args[0])?.borrow_mut().push(byte);
        Ok(Value::None)
    });
    add_method(vm, t, "extend", |vm, a| {
        let data = vm.bytes_from_iterable(&a.args[1], "can't extend bytearray with {}", false)?;
        cell(vm, &a.args[0])?.borrow_mut().extend(data);
        Ok(Value::None)
    });
    add_method(vm, t, "insert", |vm, a| {
        let i = vm.to_ssize(&a.args[1])?;
        let byte = vm.byte_value(&a.args[2])?;
        let b = cell(vm, &a.args[0])?;
        let len = b.borrow().len() as i64;
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
        b.borrow_mut().insert(i, byte);
        Ok(Value::None)
    });
    add_method(vm, t, "pop", |vm, a| {
        let i = match a.args.get(1) {
            Some(v) => vm.to_ssize(v)?,
            None => -1,
        };
        let b = cell(vm, &a.args[0])?;
        let len = b.borrow().len() as i64;
        if len == 0 {
            return Err(vm.index_error("pop from empty bytearray"));
        }
        let i = if i < 0 { i + len } else { i };
        if !(0..len).contains(&i) {
            return Err(vm.index_error("pop index out of range"));
        }
        Ok(Value::Int(b.borrow_mut().remove(i as usize) as i64))
    });
    add_method(vm, t, "remove", |vm, a| {
        let byte = vm.byte_value(&a.args[1])?;
        let b = cell(vm, &a.args[0])?;
        let found = b.borrow().iter().position(|x| *x == byte);
        match found {
            Some(i) => {
                b.borrow_mut().remove(i);
                Ok(Value::None)
            }
            None => Err(vm.value_error("value not found in bytearray")),
        }
    });
    add_method(vm, t, "clear", |vm, a| {
        cell(vm, &a.args[0])?.borrow_mut().clear();
        Ok(Value::None)
    });
    add_method(vm, t, "copy", |vm, a| {
        let data = cell(vm, &a.args[0])?.borrow().clone();
        Ok(new_bytearray(data))
    });
    add_method(vm, t, "reverse", |vm, a| {
        cell(vm, &a.args[0])?.borrow_mut().reverse();
        Ok(Value::None)
    });
    add_method(vm, t, "__alloc__", |vm, a| {
        // CPython's allocation: the length plus room for a trailing NUL.
        let b = cell(vm, &a.args[0])?;
        let n = b.borrow().len();
        Ok(Value::Int(if n == 0 { 0 } else { n as i64 + 1 }))
    });
    add_method(vm, t, "__iadd__", |vm, a| {
        let Some(other) = bytes_like(&a.args[1]).map(|b| b.into_owned()) else {
            let tn = vm.type_name(&a.args[1]);
            return Err(vm.type_error(format!("can't concat {tn} to bytearray")));
        };
        cell(vm, &a.args[0])?.borrow_mut().extend(other);
        Ok(a.args[0].clone())
    });
    add_method(vm, t, "__imul__", |vm, a| {
        let n = vm.to_ssize(&a.args[1])?;
        let b = cell(vm, &a.args[0])?;
        let data = b.borrow().clone();
        let out = vm.repeat_bytes(&data, n.max(0) as usize)?;
        *b.borrow_mut() = out;
        Ok(a.args[0].clone())
    });
}
