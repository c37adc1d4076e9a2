//! `bytes`: the constructor, `decode`, `hex`/`fromhex`, `maketrans`/`translate`, `%`
//! formatting, and the registration of the str-like methods (in `bytes/ops.rs`); the
//! text codecs shared with `str` are in `bytes/codecs.rs`. `bytearray` shares all the
//! non-mutating methods (a method's byte-string results have its receiver's type) and
//! adds its own in `bytes/bytearray.rs`.

mod bytearray;
pub mod codecs;
mod ops;

use std::borrow::Cow;

use super::{add_method, add_method_kind};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::{Args, MethodKind};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The payload of a method's receiver: a bytes object's own, or a snapshot of a
/// bytearray's (so that Python code run meanwhile may change the bytearray safely).
fn this<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<Cow<'a, [u8]>> {
    match bytes_like(&a.args[0]) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(&a.args[0]);
            Err(vm.type_error(format!("descriptor requires a 'bytes' object but received a '{tn}'")))
        }
    }
}

/// A new bytes value.
fn new_bytes(data: Vec<u8>) -> Value {
    Value::from_obj(Object::Bytes(data.into_boxed_slice()))
}

/// Whether `v` is a bytearray.
fn is_bytearray(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(&**o, Object::ByteArray(_)))
}

/// A byte string of the receiver's type: a bytearray's methods give bytearrays.
fn like(a: &Args, data: Vec<u8>) -> Value {
    if is_bytearray(&a.args[0]) {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// A new bytearray value.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::from_obj(Object::ByteArray(std::cell::RefCell::new(data)))
}

/// The bytes of a bytes-like argument (bytes or bytearray).
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Bytes(b) => Some(Cow::Borrowed(b)),
            Object::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument, else "a bytes-like object is required, not 'T'".
fn bytes_arg<'v>(vm: &mut Vm, v: &'v Value) -> PyResult<Cow<'v, [u8]>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// The `encoding` or `errors` argument of `bytes()`/`bytearray()` (`ctor`): a str.
fn text_arg(vm: &mut Vm, ctor: &str, v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match vm.as_str_ref(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let tn = if v.is_none() { "None".to_string() } else { vm.type_name(v) };
                Err(vm.type_error(format!("{ctor}() argument '{what}' must be str, not {tn}")))
            }
        },
    }
}

fn bytes_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("bytes", &a, &["source", "encoding", "errors"], 0)?;
    let encoding = text_arg(vm, "bytes", &slots[1], "encoding")?;
    let errors = text_arg(vm, "bytes", &slots[2], "errors")?;
    let Some(src) = &slots[0] else {
        if encoding.is_some() || errors.is_some() {
            let msg = if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        return Ok(new_bytes(Vec::new()));
    };
    if let Value::Obj(o) = src {
        if let Some(s) = o.as_str() {
            let Some(enc) = encoding else { return Err(vm.type_error("string argument without an encoding")) };
            let data = codecs::encode(vm, s, &enc, errors.as_deref().unwrap_or("strict"))?;
            return Ok(new_bytes(data));
        }
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    match src {
        Value::Obj(o) if matches!(&**o, Object::Bytes(_)) => return Ok(src.clone()),
        Value::Int(_) | Value::Bool(_) => {
            let n = vm.to_index(src)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            return Ok(new_bytes(vm.filled_vec(0, n as usize)?));
        }
        Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        Value::Obj(o) if matches!(&**o, Object::Instance(_)) => {
            if let Some(r) = vm.call_dunder(src, "__bytes__", &[])? {
                if bytes_like(&r).is_some() {
                    return Ok(r);
                }
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
            }
            if vm.call_dunder(src, "__index__", &[]).is_ok_and(|r| r.is_some()) {
                let n = vm.to_index(src)?;
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                return Ok(new_bytes(vm.filled_vec(0, n as usize)?));
            }
        }
        _ => {}
    }
    if !vm.is_iterable(src) {
        let tn = vm.type_name(src);
        return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
    }
    let mut out = Vec::new();
    for item in vm.iterate(src)? {
        let n = vm.to_index(&item)?;
        if !(0..=255).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(new_bytes(out))
}

/// `bytes.hex([sep[, bytes_per_sep]])`.
fn hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("hex", &a.shift(), &["sep", "bytes_per_sep"], 0)?;
    let data = this(vm, &a)?;
    let sep = match &slots[0] {
        None => None,
        Some(v) => {
            let sep: Vec<char> = match (vm.as_str_ref(v), bytes_like(v)) {
                (Some(s), _) => s.chars().collect(),
                (None, Some(b)) => b.iter().map(|b| *b as char).collect(),
                _ => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("object of type '{tn}' has no len()")));
                }
            };
            if sep.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !sep[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(sep[0])
        }
    };
    let per = match &slots[1] {
        Some(v) => vm.to_i64(v)?,
        None => 1,
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !data.is_empty()) else {
        return Ok(vm.str_val(&digits.concat()));
    };
    // Groups of |per| bytes, counted from the right for positive `per`.
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = data.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for chunk in digits[first..].chunks(n) {
            groups.push(chunk.concat());
        }
    } else {
        for chunk in digits.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    Ok(vm.str_val(&groups.join(&sep.to_string())))
}

/// `bytes.fromhex(string)`: pairs of hex digits, spaces allowed between pairs.
fn fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let arg = vm.one_arg("bytes.fromhex", &a.shift())?.clone();
    let Some(s) = vm.as_str_ref(&arg).map(str::to_string) else {
        let tn = vm.type_name(&arg);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |vm: &mut Vm, i: usize| {
        vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"))
    };
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let Some(hi) = chars[i].to_digit(16) else { return Err(bad(vm, i)) };
        let Some(lo) = chars.get(i + 1).and_then(|c| c.to_digit(16)) else { return Err(bad(vm, i + 1)) };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    // `bytearray.fromhex` makes a bytearray.
    if matches!(&a.args[0], Value::Obj(c) if std::rc::Rc::ptr_eq(c, &vm.types.bytearray)) {
        return Ok(new_bytearray(out));
    }
    Ok(new_bytes(out))
}

fn decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("decode", &a.shift(), &["encoding", "errors"], 0)?;
    let arg = |vm: &mut Vm, i: usize, name: &str, default: &str| -> PyResult<String> {
        match &slots[i] {
            None => Ok(default.to_string()),
            Some(v) => match vm.as_str_ref(v) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = if v.is_none() { "None".to_string() } else { vm.type_name(v) };
                    Err(vm.type_error(format!("decode() argument '{name}' must be str, not {tn}")))
                }
            },
        }
    };
    let encoding = arg(vm, 0, "encoding", "utf-8")?;
    let errors = arg(vm, 1, "errors", "strict")?;
    let data = this(vm, &a)?;
    let text = codecs::decode(vm, &data, &encoding, &errors)?;
    Ok(Value::Obj(vm.new_string(text)))
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("maketrans", &a)?;
    let pos = vm.check_positional("maketrans", &a, 2, 2)?;
    let from = bytes_arg(vm, &pos[0])?;
    let to = bytes_arg(vm, &pos[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(table))
}

fn translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("translate", &a.shift(), &["table", "delete"], 1)?;
    let table = match slots[0].as_ref().expect("required") {
        Value::None => None,
        v => {
            let t = bytes_arg(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t.to_vec())
        }
    };
    let delete = match &slots[1] {
        Some(v) => bytes_arg(vm, v)?.to_vec(),
        None => Vec::new(),
    };
    let data = this(vm, &a)?;
    let out: Vec<u8> =
        data.iter().filter(|b| !delete.contains(b)).map(|b| table.as_ref().map_or(*b, |t| t[*b as usize])).collect();
    Ok(like(&a, out))
}

/// Registers the constructors and methods of `bytes` and `bytearray`.
pub fn init(vm: &mut Vm) {
    let b = vm.types.bytes.clone();
    super::set_constructor(&b, bytes_new);
    add_method(vm, &b, "__hash__", |vm, a| {
        let v = a.args[0].clone();
        Ok(Value::Int(vm.hash(&v)?))
    });
    let ba = vm.types.bytearray.clone();
    for t in [&b, &ba] {
        add_method(vm, t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
        add_method(vm, t, "__len__", |vm, a| Ok(Value::Int(vm.len(&a.args[0].clone())? as i64)));
        add_method(vm, t, "__getitem__", |vm, a| {
            let pos = vm.check_positional("__getitem__", &a, 2, 2)?;
            vm.getitem(&pos[0], &pos[1])
        });
        add_method(vm, t, "__contains__", |vm, a| {
            let pos = vm.check_positional("__contains__", &a, 2, 2)?;
            Ok(Value::Bool(vm.contains(&pos[0], &pos[1])?))
        });
        add_method(vm, t, "__mod__", |vm, a| {
            let pos = vm.check_positional("__mod__", &a, 2, 2)?;
            let data = this(vm, &a)?;
            let out = crate::format::percent::percent_format_bytes(vm, &data, &pos[1])?;
            Ok(like(&a, out))
        });
        add_method(vm, t, "decode", decode);
        add_method(vm, t, "hex", hex);
        add_method_kind(vm, t, "fromhex", fromhex, MethodKind::Class);
        add_method_kind(vm, t, "maketrans", maketrans, MethodKind::Static);
        add_method(vm, t, "translate", translate);
        ops::init(vm, t);
    }
    bytearray::init(vm, &ba);
}

/// `b % args`, for the binary operator.
pub fn bytes_percent(vm: &mut Vm, data: &[u8], args: &Value) -> PyResult<Value> {
    let out = crate::format::percent::percent_format_bytes(vm, data, args)?;
    Ok(new_bytes(out))
}
