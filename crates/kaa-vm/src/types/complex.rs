//! `complex`: the constructor (numbers and CPython's string syntax), `real`/`imag`,
//! `conjugate`, `abs`, and the operator dunders. The arithmetic itself is in
//! `protocols/arith.rs`.

use super::{add_getset, add_method};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

pub fn init(vm: &mut Vm) {
    let c = vm.types.complex.clone();
    super::set_constructor(&c, complex_new);
    add_getset(vm, &c, "real", |_vm, v| Ok(Value::Float(parts(v).0)), None);
    add_getset(vm, &c, "imag", |_vm, v| Ok(Value::Float(parts(v).1)), None);
    add_method(vm, &c, "conjugate", |_vm, a| {
        let (re, im) = parts(&a.args[0]);
        Ok(Value::from_obj(Object::Complex(re, -im)))
    });
    add_method(vm, &c, "__abs__", |vm, a| {
        let (re, im) = parts(&a.args[0]);
        complex_abs(vm, re, im)
    });
    add_method(vm, &c, "__neg__", |_vm, a| {
        let (re, im) = parts(&a.args[0]);
        Ok(Value::from_obj(Object::Complex(-re, -im)))
    });
    add_method(vm, &c, "__pos__", |_vm, a| {
        let (re, im) = parts(&a.args[0]);
        Ok(Value::from_obj(Object::Complex(re, im)))
    });
    add_method(vm, &c, "__bool__", |_vm, a| {
        let (re, im) = parts(&a.args[0]);
        Ok(Value::Bool(re != 0.0 || im != 0.0))
    });
    add_method(vm, &c, "__complex__", |_vm, a| {
        let (re, im) = parts(&a.args[0]);
        Ok(Value::from_obj(Object::Complex(re, im)))
    });
    add_method(vm, &c, "__getnewargs__", |vm, a| {
        let (re, im) = parts(&a.args[0]);
        Ok(vm.tuple_val(vec![Value::Float(re), Value::Float(im)]))
    });
    super::numbers::add_operator_dunders(vm, &c, super::numbers::OperatorSet::Complex);
}

/// The (real, imag) of a complex value; (0, 0) for anything else.
fn parts(v: &Value) -> (f64, f64) {
    parts_of(v).unwrap_or((0.0, 0.0))
}

fn parts_of(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match &**o {
            Object::Complex(re, im) => Some((*re, *im)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `float(v)` applies: real numbers and objects with `__float__`/`__index__`.
fn number_like(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => match &**o {
            Object::BigInt(_) => true,
            Object::Instance(_) => {
                let ty = vm.type_of(v);
                let t = ty.as_type().expect("type");
                t.lookup("__float__").is_some() || t.lookup("__index__").is_some()
            }
            _ => false,
        },
        _ => false,
    }
}

/// `abs(z)`: OverflowError when the magnitude of finite parts overflows.
pub fn complex_abs(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

/// `complex(real=0, imag=0)` and `complex(string)`.
fn complex_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    let slots = vm.parse_args("complex", &a, &["real", "imag"], 0)?;
    let (real, imag) = (slots[0].clone(), slots[1].clone());
    if let Some(r) = &real {
        if let Some(s) = vm.as_str_ref(r) {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let s = s.to_string();
            return match parse_complex(&s) {
                Ok((re, im)) => Ok(Value::from_obj(Object::Complex(re, im))),
                Err(Malformed::Underscores) => {
                    let shown = vm.repr_string(r)?;
                    Err(vm.value_error(format!("could not convert string to complex: {shown}")))
                }
                Err(Malformed::Syntax) => Err(vm.value_error("complex() arg is a malformed string")),
            };
        }
        // complex(z) of an exact complex is z itself.
        if imag.is_none() && matches!(r, Value::Obj(o) if matches!(&**o, Object::Complex(..))) {
            return Ok(r.clone());
        }
    }
    if let Some(i) = &imag {
        if vm.as_str_ref(i).is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    let part = |vm: &mut Vm, v: &Value, which: &str| -> PyResult<(f64, f64, bool)> {
        if let Value::Obj(o) = v {
            if let Object::Complex(re, im) = &**o {
                return Ok((*re, *im, true));
            }
        }
        if let Some(z) = vm.call_dunder(v, "__complex__", &[])? {
            return match parts_of(&z) {
                Some((re, im)) => Ok((re, im, true)),
                None => {
                    let tn = vm.type_name(&z);
                    Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")))
                }
            };
        }
        if number_like(vm, v) {
            return Ok((vm.to_f64(v)?, 0.0, false));
        }
        let tn = vm.type_name(v);
        Err(vm.type_error(if which == "first" {
            format!("complex() first argument must be a string or a number, not '{tn}'")
        } else {
            format!("complex() second argument must be a number, not '{tn}'")
        }))
    };
    let (mut re, re_imag, re_is_complex) = match &real {
        Some(v) => part(vm, v, "first")?,
        None => (0.0, 0.0, false),
    };
    // As CPython: real - imag.imag when imag is complex; imag + real.imag when real is.
    let mut im = 0.0;
    if let Some(i) = &imag {
        let (i_re, i_im, i_is_complex) = part(vm, i, "second")?;
        if i_is_complex {
            re -= i_im;
        }
        im = i_re;
        if re_is_complex {
            im += re_imag;
        }
    } else if re_is_complex {
        im = re_imag;
    }
    Ok(Value::from_obj(Object::Complex(re, im)))
}

/// Why a string is not a complex number (the two cases have different messages).
#[derive(Debug, PartialEq)]
enum Malformed {
    Underscores,
    Syntax,
}

/// Parses CPython's complex syntax: optional surrounding whitespace and parentheses,
/// then `real`, `imagj`, `real±imagj` or `real±j`, with no spaces inside.
fn parse_complex(text: &str) -> Result<(f64, f64), Malformed> {
    let cleaned =
        if text.contains('_') { strip_underscores(text).ok_or(Malformed::Underscores)? } else { text.to_string() };
    let mut s = cleaned.trim_matches(is_space);
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')').ok_or(Malformed::Syntax)?.trim_matches(is_space);
    }
    let b = s.as_bytes();
    let is_j = |i: usize| i < b.len() && (b[i] == b'j' || b[i] == b'J');
    match scan_float(s, 0) {
        Some((x, end)) => {
            if end == b.len() {
                return Ok((x, 0.0));
            }
            if is_j(end) && end + 1 == b.len() {
                return Ok((0.0, x));
            }
            if b[end] == b'+' || b[end] == b'-' {
                let sign = if b[end] == b'-' { -1.0 } else { 1.0 };
                let start = end + 1;
                if let Some((y, e2)) = scan_unsigned_float(s, start) {
                    if is_j(e2) && e2 + 1 == b.len() {
                        return Ok((x, sign * y));
                    }
                    return Err(Malformed::Syntax);
                }
                if is_j(start) && start + 1 == b.len() {
                    return Ok((x, sign));
                }
            }
            Err(Malformed::Syntax)
        }
        None => {
            // "j", "+j", "-j".
            let (sign, rest) = match b.first() {
                Some(b'+') => (1.0, 1),
                Some(b'-') => (-1.0, 1),
                _ => (1.0, 0),
            };
            if is_j(rest) && rest + 1 == b.len() {
                Ok((0.0, sign))
            } else {
                Err(Malformed::Syntax)
            }
        }
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// Removes underscores that sit between two digits; `None` if any other underscore.
fn strip_underscores(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let before = i > 0 && chars[i - 1].is_ascii_digit();
            let after = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !(before && after) {
                return None;
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// The longest float (with an optional sign) at `start`: its value and end index.
fn scan_float(s: &str, start: usize) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let (sign, at) = match b.get(start) {
        Some(b'+') => (1.0, start + 1),
        Some(b'-') => (-1.0, start + 1),
        _ => (1.0, start),
    };
    scan_unsigned_float(s, at).map(|(x, end)| (sign * x, end))
}

/// An unsigned float at `start`: digits with an optional point and exponent, or
/// `inf`/`infinity`/`nan` in any case.
fn scan_unsigned_float(s: &str, start: usize) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let rest = &s[start..];
    let lower = rest.to_ascii_lowercase();
    for (word, value) in [("infinity", f64::INFINITY), ("inf", f64::INFINITY), ("nan", f64::NAN)] {
        if lower.starts_with(word) {
            return Some((value, start + word.len()));
        }
    }
    let mut i = start;
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - from
    };
    let mut n = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    s[start..i].parse::<f64>().ok().map(|x| (x, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpython_forms() {
        assert_eq!(parse_complex("1+2j"), Ok((1.0, 2.0)));
        assert_eq!(parse_complex(" (2-3j) "), Ok((2.0, -3.0)));
        assert_eq!(parse_complex("-j"), Ok((0.0, -1.0)));
        assert_eq!(parse_complex("1.e1+j"), Ok((10.0, 1.0)));
        assert_eq!(parse_complex("1e3+1e-3j"), Ok((1000.0, 0.001)));
        assert_eq!(parse_complex("1 + 2j"), Err(Malformed::Syntax));
        assert_eq!(parse_complex("1+-2j"), Err(Malformed::Syntax));
        assert_eq!(parse_complex("1__0"), Err(Malformed::Underscores));
        assert_eq!(parse_complex(""), Err(Malformed::Syntax));
    }
}
