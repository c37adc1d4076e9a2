//! `str`: the constructor, the dunders and the registration of the methods, which live
//! in the submodules by concern (case and predicates, searching, splitting and padding,
//! translate, `str.format`). Shared here: receiver and argument helpers with CPython's
//! messages.

mod case;
mod format_method;
mod search;
mod split;
mod translate;

pub(super) use case::is_identifier;

use super::{add_method, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::objects::str::PyStr;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// The str payload of a method's receiver.
fn this<'a>(vm: &mut Vm, a: &Args<'a>) -> PyResult<&'a PyStr> {
    match &a.args[0] {
        Value::Obj(o) if o.as_str().is_some() => Ok(o.as_str().expect("str")),
        v => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'str' object but received a '{tn}'")))
        }
    }
}

/// A new str value.
fn new_str(vm: &mut Vm, text: String) -> Value {
    Value::Obj(vm.new_string(text))
}

/// Checks that a METH_NOARGS method got no arguments ("str.upper() takes no arguments").
fn noargs(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    vm.no_args(&format!("str.{name}"), &a.shift())
}

/// The arguments of a method parsed with `PyArg_ParseTuple` (find, count, startswith):
/// no keywords, between `min` and `max` positional, with that parser's messages.
fn old_style_args<'a>(vm: &mut Vm, a: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let rest = a.shift();
    if rest.has_kwargs() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let pos = rest.pos();
    if pos.len() < min {
        let s = if min == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name}() takes at least {min} argument{s} ({} given)", pos.len())));
    }
    if pos.len() > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("{name}() takes at most {max} argument{s} ({} given)", pos.len())));
    }
    Ok(pos)
}

/// An optional slice index (`start`/`end` of find, count, ...): None or missing gives
/// `None`; big ints saturate as CPython's `_PyEval_SliceIndex` does.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(v @ Value::Obj(o)) => match &**o {
            Object::BigInt(b) => Ok(Some(if num_traits::Signed::is_negative(b) { i64::MIN } else { i64::MAX })),
            Object::Instance(_) if vm.call_dunder(v, "__index__", &[]).is_ok_and(|r| r.is_some()) => {
                Ok(Some(vm.to_index(v)?))
            }
            _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
        },
        Some(_) => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's `ADJUST_INDICES`: clamps `end` to the length and makes negative indexes
/// relative to the end; `start` may stay past the end.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut start = start.unwrap_or(0);
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// An integer argument converted as CPython's `Py_ssize_t` ("n") converter does.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.to_ssize(v)
}

/// A str argument of an old-style parser, else TypeError "must be str, not T".
fn str_arg<'v>(vm: &mut Vm, v: &'v Value) -> PyResult<&'v str> {
    match vm.as_str_ref(v) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be str, not {tn}")))
        }
    }
}

/// A str argument converted by Argument Clinic: "{what} must be str, not T", where
/// None shows as `None` (not `NoneType`).
fn clinic_str<'v>(vm: &mut Vm, v: &'v Value, what: &str) -> PyResult<&'v str> {
    match vm.as_str_ref(v) {
        Some(s) => Ok(s),
        None => {
            let tn = if v.is_none() { "None".to_string() } else { vm.type_name(v) };
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

fn str_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("str", &a, &["object", "encoding", "errors"], 0)?;
    let encoding = match &slots[1] {
        Some(v) => Some(clinic_str(vm, v, "str() argument 'encoding'")?.to_string()),
        None => None,
    };
    let errors = match &slots[2] {
        Some(v) => Some(clinic_str(vm, v, "str() argument 'errors'")?.to_string()),
        None => None,
    };
    let Some(obj) = &slots[0] else { return Ok(vm.str_val("")) };
    if encoding.is_none() && errors.is_none() {
        return Ok(Value::Obj(vm.to_str(obj)?));
    }
    match obj {
        Value::Obj(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)) => {
            let b = super::bytes_like(obj).expect("bytes-like");
            let text = super::bytes::codecs::decode(
                vm,
                &b,
                encoding.as_deref().unwrap_or("utf-8"),
                errors.as_deref().unwrap_or("strict"),
            )?;
            Ok(new_str(vm, text))
        }
        Value::Obj(o) if o.as_str().is_some() => Err(vm.type_error("decoding str is not supported")),
        _ => {
            let tn = vm.type_name(obj);
            Err(vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found")))
        }
    }
}

/// The number of arguments of a slot wrapper (`"abc".__add__(x)`), CPython's message.
fn wrapper_args<'a>(vm: &mut Vm, a: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    let got = a.args.len() - 1;
    if got != n || a.has_kwargs() {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {got}")));
    }
    Ok(&a.args[1..])
}

/// The operator dunders called directly: `"ab".__add__("c")`, `"%d".__mod__(5)`.
fn add_dunders(vm: &mut Vm, t: &ObjRef) {
    add_method(vm, t, "__add__", |vm, a| {
        let other = wrapper_args(vm, &a, 1)?[0].clone();
        let s = this(vm, &a)?.as_str();
        match vm.as_str_ref(&other) {
            Some(o) => {
                let out = format!("{s}{o}");
                Ok(new_str(vm, out))
            }
            None => {
                let tn = vm.type_name(&other);
                Err(vm.type_error(format!("can only concatenate str (not \"{tn}\") to str")))
            }
        }
    });
    fn repeat(vm: &mut Vm, a: Args) -> PyResult<Value> {
        let n = wrapper_args(vm, &a, 1)?[0].clone();
        if matches!(&n, Value::Obj(o) if matches!(&**o, Object::BigInt(_))) {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        let n = vm.to_index(&n)?;
        let this = this(vm, &a)?;
        let out = vm.repeat_str(this.as_str(), this.char_len(), n.max(0) as usize)?;
        Ok(new_str(vm, out))
    }
    add_method(vm, t, "__mul__", repeat);
    add_method(vm, t, "__getnewargs__", |vm, a| {
        let s = this(vm, &a)?.as_str().to_string();
        let v = vm.str_val(&s);
        Ok(vm.tuple_val(vec![v]))
    });
    add_method(vm, t, "__rmul__", repeat);
    add_method(vm, t, "__mod__", |vm, a| {
        let args = wrapper_args(vm, &a, 1)?[0].clone();
        let s = this(vm, &a)?.as_str();
        let out = crate::format::percent::percent_format(vm, s, &args)?;
        Ok(new_str(vm, out))
    });
    add_method(vm, t, "__rmod__", |vm, a| {
        let other = wrapper_args(vm, &a, 1)?[0].clone();
        match vm.as_str_ref(&other).map(str::to_string) {
            Some(fmt) => {
                let out = crate::format::percent::percent_format(vm, &fmt, &a.args[0])?;
                Ok(new_str(vm, out))
            }
            None => Ok(Value::Obj(vm.not_implemented.clone())),
        }
    });
    add_method(vm, t, "__iter__", |vm, a| {
        wrapper_args(vm, &a, 0)?;
        vm.get_iter(&a.args[0])
    });
    macro_rules! cmp {
        ($name:literal, $op:tt) => {
            add_method(vm, t, $name, |vm, a| {
                let other = wrapper_args(vm, &a, 1)?[0].clone();
                let s = this(vm, &a)?.as_str();
                Ok(match vm.as_str_ref(&other) {
                    Some(o) => Value::Bool(s $op o),
                    None => Value::Obj(vm.not_implemented.clone()),
                })
            });
        };
    }
    cmp!("__eq__", ==);
    cmp!("__ne__", !=);
    cmp!("__lt__", <);
    cmp!("__le__", <=);
    cmp!("__gt__", >);
    cmp!("__ge__", >=);
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str.clone();
    set_doc(vm, &t, "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.");
    super::set_constructor(&t, str_new);
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    add_method(vm, &t, "__str__", |vm, a| Ok(Value::Obj(vm.to_str(&a.args[0].clone())?)));
    add_method(vm, &t, "__len__", |vm, a| {
        let n = a.args.len() - 1;
        if n != 0 || a.has_kwargs() {
            return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
        }
        Ok(Value::Int(vm.len(&a.args[0].clone())? as i64))
    });
    add_method(vm, &t, "__format__", |vm, a| {
        let pos = vm.check_positional("__format__", &a, 2, 2)?;
        let spec = vm.arg_str("__format__", "", &pos[1])?.to_string();
        Ok(Value::Obj(vm.format(&pos[0], &spec)?))
    });
    add_method(vm, &t, "__contains__", |vm, a| {
        let n = a.args.len() - 1;
        if n != 1 {
            return Err(vm.type_error(format!("expected 1 argument, got {n}")));
        }
        Ok(Value::Bool(vm.contains(&a.args[0], &a.args[1])?))
    });
    add_method(vm, &t, "__getitem__", |vm, a| {
        let n = a.args.len() - 1;
        if n != 1 {
            return Err(vm.type_error(format!("expected 1 argument, got {n}")));
        }
        vm.getitem(&a.args[0], &a.args[1])
    });
    add_method(vm, &t, "__hash__", |vm, a| {
        let v = a.args[0].clone();
        Ok(Value::Int(vm.hash(&v)?))
    });
    add_method(vm, &t, "encode", |vm, a| {
        let slots = vm.parse_args("encode", &a.shift(), &["encoding", "errors"], 0)?;
        let encoding = match &slots[0] {
            Some(v) => clinic_str(vm, v, "encode() argument 'encoding'")?.to_string(),
            None => "utf-8".to_string(),
        };
        let errors = match &slots[1] {
            Some(v) => clinic_str(vm, v, "encode() argument 'errors'")?.to_string(),
            None => "strict".to_string(),
        };
        let s = this(vm, &a)?;
        let bytes = super::bytes::codecs::encode(vm, s, &encoding, &errors)?;
        Ok(Value::from_obj(Object::Bytes(bytes.into_boxed_slice())))
    });
    add_dunders(vm, &t);
    case::init(vm, &t);
    search::init(vm, &t);
    split::init(vm, &t);
    translate::init(vm, &t);
    format_method::init(vm, &t);
}
