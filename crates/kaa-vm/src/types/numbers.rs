//! `int`, `bool`, `float` and `complex`: constructors (with CPython's parsing and
//! errors), methods, and the operator dunders (`(1).__add__(2)`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use kaa_bytecode::{BinaryOp, CompareOp};

use super::{add_getset, add_method, set_doc};
use crate::error::PyResult;
use crate::object::Object;
use crate::objects::builtin_func::Args;
use crate::protocols::arith::{as_int, int_value};
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A big int as a float, OverflowError if it doesn't fit.
pub fn bigint_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// Parses an int literal as `int(s, base)` does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let ascii = crate::objects::str::decimal_to_ascii(s)?;
    let t = ascii.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let (digits, base) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (r.to_string(), 16)
            } else if let Some(r) = lower.strip_prefix("0o") {
                (r.to_string(), 8)
            } else if let Some(r) = lower.strip_prefix("0b") {
                (r.to_string(), 2)
            } else {
                if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                    return None;
                }
                (lower.clone(), 10)
            }
        }
        16 => (lower.strip_prefix("0x").unwrap_or(&lower).to_string(), 16),
        8 => (lower.strip_prefix("0o").unwrap_or(&lower).to_string(), 8),
        2 => (lower.strip_prefix("0b").unwrap_or(&lower).to_string(), 2),
        b => (lower.clone(), b),
    };
    let digits =
        digits.strip_prefix('_').filter(|_| base != 10 || body.len() != digits.len()).unwrap_or(&digits).to_string();
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// Parses a float as `float(s)` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let ascii = crate::objects::str::decimal_to_ascii(s)?;
    let t = ascii.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let lower = t.to_ascii_lowercase();
    let (neg, body) = match lower.as_bytes().first() {
        Some(b'-') => (true, &lower[1..]),
        Some(b'+') => (false, &lower[1..]),
        _ => (false, &lower[..]),
    };
    let v = match body {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            if body.is_empty()
                || body.starts_with('_')
                || body.ends_with('_')
                || body.contains("__")
                || body.contains("_.")
                || body.contains("._")
            {
                return None;
            }
            if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_')) {
                return None;
            }
            let clean: String = body.chars().filter(|c| *c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if neg { -v } else { v })
}

fn int_new(vm: &mut Vm, ty: &ObjRef, a: Args) -> PyResult<Value> {
    let _ = ty;
    let slots = vm.parse_clinic("int", &a, &["x", "base"], 1, 0)?;
    let x = slots[0].clone();
    let base = match &slots[1] {
        None => None,
        Some(b) => {
            let b = vm.to_index(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            Some(b as u32)
        }
    };
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let text = match &x {
            Value::Obj(o) if o.as_str().is_some() => o.as_str().expect("str").as_str().to_string(),
            Value::Obj(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)) => {
                String::from_utf8_lossy(&super::bytes_like(&x).expect("bytes-like")).into_owned()
            }
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        crate::format::check_int_str_digits(vm, &text, base)?;
        return match parse_int(&text, base) {
            Some(v) => Ok(int_value(v)),
            None => {
                let r = vm.repr_string(&x)?;
                Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
            }
        };
    }
    vm.to_int(&x)
}

impl Vm {
    /// `int(x)` for one argument.
    pub fn to_int(&mut self, x: &Value) -> PyResult<Value> {
        match x {
            Value::Int(_) => Ok(x.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(f) => float_to_int(self, *f),
            Value::Obj(o) => match &**o {
                Object::BigInt(_) => Ok(x.clone()),
                Object::Str(s) => match crate::format::check_int_str_digits(self, s.as_str(), 10)
                    .map(|_| parse_int(s.as_str(), 10))?
                {
                    Some(v) => Ok(int_value(v)),
                    None => {
                        let r = self.repr_string(x)?;
                        Err(self.value_error(format!("invalid literal for int() with base 10: {r}")))
                    }
                },
                Object::Bytes(_) | Object::ByteArray(_) => {
                    let b = super::bytes_like(x).expect("bytes-like").into_owned();
                    match crate::format::check_int_str_digits(self, &String::from_utf8_lossy(&b), 10)
                        .map(|_| parse_int(&String::from_utf8_lossy(&b), 10))?
                    {
                        Some(v) => Ok(int_value(v)),
                        None => {
                            let r = self.repr_string(x)?;
                            Err(self.value_error(format!("invalid literal for int() with base 10: {r}")))
                        }
                    }
                }
                Object::Instance(_) => {
                    for name in ["__int__", "__index__"] {
                        if let Some(r) = self.call_dunder(x, name, &[])? {
                            if as_int(&r).is_none() {
                                let tn = self.type_name(&r);
                                return Err(self.type_error(format!("{name} returned non-int (type {tn})")));
                            }
                            // A bool (a strict subclass of int) is accepted with a warning.
                            if let Value::Bool(b) = r {
                                self.warn(
                                    "DeprecationWarning",
                                    &format!("{name} returned non-int (type bool).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."),
                                );
                                return Ok(Value::Int(b as i64));
                            }
                            return Ok(r);
                        }
                    }
                    if let Some(r) = self.call_dunder(x, "__trunc__", &[])? {
                        self.warn("DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.");
                        if as_int(&r).is_some() {
                            return Ok(match r {
                                Value::Bool(b) => Value::Int(b as i64),
                                r => r,
                            });
                        }
                        // A non-int result must itself convert through __index__.
                        if self.has_index(&r) {
                            return Ok(crate::protocols::arith::int_value(self.big_index(&r)?));
                        }
                        let tn = self.type_name(&r);
                        return Err(self.type_error(format!("__trunc__ returned non-Integral (type {tn})")));
                    }
                    let tn = self.type_name(x);
                    Err(self.type_error(format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
                    )))
                }
                _ => {
                    let tn = self.type_name(x);
                    Err(self.type_error(format!(
                        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
                    )))
                }
            },
            _ => {
                let tn = self.type_name(x);
                Err(self.type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
                )))
            }
        }
    }
}

/// `int(f)`: truncation toward zero.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(int_value(crate::protocols::compare::bigint_from_f64(t)))
}

fn float_new(vm: &mut Vm, _ty: &ObjRef, a: Args) -> PyResult<Value> {
    vm.no_kwargs("float", &a)?;
    let pos = vm.check_positional("float", &a, 0, 1)?;
    let Some(x) = pos.first() else { return Ok(Value::Float(0.0)) };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Obj(o) => match &**o {
            Object::Str(s) => match parse_float(s.as_str()) {
                Some(f) => Ok(Value::Float(f)),
                None => {
                    let r = vm.repr_string(x)?;
                    Err(vm.value_error(format!("could not convert string to float: {r}")))
                }
            },
            // Bytes are parsed as ASCII text.
            Object::Bytes(_) | Object::ByteArray(_) => {
                match std::str::from_utf8(&super::bytes_like(x).expect("bytes-like"))
                    .ok()
                    .filter(|t| t.is_ascii())
                    .and_then(parse_float)
                {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let r = vm.repr_string(x)?;
                        Err(vm.value_error(format!("could not convert string to float: {r}")))
                    }
                }
            }
            Object::Instance(_) => {
                if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
                    return match r {
                        Value::Float(_) => Ok(r),
                        _ => {
                            let tn = vm.type_name(x);
                            let rn = vm.type_name(&r);
                            Err(vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})")))
                        }
                    };
                }
                if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
                    return Ok(Value::Float(vm.to_f64(&r)?));
                }
                let tn = vm.type_name(x);
                Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
            }
            Object::BigInt(_) => Ok(Value::Float(vm.to_f64(x)?)),
            _ => {
                let tn = vm.type_name(x);
                Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
            }
        },
        Value::Int(_) | Value::Bool(_) => Ok(Value::Float(vm.to_f64(x)?)),
        _ => {
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'")))
        }
    }
}

fn self_int(vm: &mut Vm, a: &Args) -> PyResult<BigInt> {
    match vm.as_bigint(&a.args[0]) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(&a.args[0]);
            Err(vm.type_error(format!("descriptor requires an 'int' object but received a '{tn}'")))
        }
    }
}

fn self_float(vm: &mut Vm, a: &Args) -> PyResult<f64> {
    match &a.args[0] {
        Value::Float(f) => Ok(*f),
        v => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("descriptor requires a 'float' object but received a '{tn}'")))
        }
    }
}

/// `round(x[, ndigits])` for ints and floats.
pub fn round_number(vm: &mut Vm, x: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
    // ndigits is an index; out-of-range values clamp (CPython's PyNumber_AsSsize_t with
    // no error class), which gives the mathematically right answers below.
    let nd = match ndigits {
        None | Some(Value::None) => None,
        Some(n) => Some(match n {
            Value::Obj(o) if matches!(&**o, Object::BigInt(b) if b.sign() == num_bigint::Sign::Minus) => i64::MIN,
            Value::Obj(o) if matches!(&**o, Object::BigInt(_)) => i64::MAX,
            _ => vm.to_index(n)?,
        }),
    };
    match x {
        Value::Float(f) => match nd {
            None => {
                let r = f.round_ties_even();
                float_to_int(vm, r)
            }
            Some(n) => {
                let r = round_float(*f, n);
                if r.is_infinite() {
                    return Err(vm.overflow_error("rounded value too large to represent"));
                }
                Ok(Value::Float(r))
            }
        },
        _ => {
            let Some(i) = vm.as_bigint(x) else {
                if let Some(r) = vm.call_dunder(x, "__round__", &ndigits.cloned().into_iter().collect::<Vec<_>>())? {
                    return Ok(r);
                }
                let tn = vm.type_name(x);
                return Err(vm.type_error(format!("type {tn} doesn't define __round__ method")));
            };
            match nd {
                None => Ok(int_value(i)),
                Some(n) if n >= 0 => Ok(int_value(i)),
                Some(n) => {
                    // Rounding to more digits than the number has gives 0.
                    let digits = i.magnitude().to_string().len() as i64;
                    if -n > digits + 1 {
                        return Ok(Value::Int(0));
                    }
                    let p = num_traits::pow(BigInt::from(10), (-n) as usize);
                    Ok(int_value(round_half_even(&i, &p) * p))
                }
            }
        }
    }
}

/// `numerator / denominator` rounded to an integer, ties to even.
fn round_half_even(numerator: &BigInt, denominator: &BigInt) -> BigInt {
    let (q, r) = num_integer::Integer::div_mod_floor(numerator, denominator);
    let twice = &r * 2;
    if twice > *denominator || (twice == *denominator && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    }
}

/// `round(f, n)`: the float nearest to the exact value of `f` rounded (ties to even) at
/// the `n`th decimal place, as CPython computes it with exact decimal arithmetic.
fn round_float(f: f64, n: i64) -> f64 {
    if !f.is_finite() || f == 0.0 || n > 330 {
        return f;
    }
    if n < -330 {
        return 0.0 * f;
    }
    if n >= 0 {
        // Rust's fixed-precision formatting rounds the exact value half to even.
        return format!("{:.*}", n as usize, f).parse().unwrap_or(f);
    }
    // f = mantissa * 2**exp exactly; round it at 10**-n with integer arithmetic.
    let bits = f.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), raw_exp - 1075) };
    let scale = num_traits::pow(BigInt::from(10), (-n) as usize);
    let (num, den) = if exp >= 0 {
        (BigInt::from(mantissa) << exp as usize, scale.clone())
    } else {
        (BigInt::from(mantissa), scale.clone() << (-exp) as usize)
    };
    let q = round_half_even(&num, &den);
    let magnitude: f64 = (q * scale).to_string().parse().unwrap_or(f64::INFINITY);
    if f < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    set_doc(vm, &t, "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4");
    super::set_constructor(&t, int_new);
    add_method(vm, &t, "bit_length", |vm, a| Ok(Value::Int(self_int(vm, &a)?.magnitude().bits() as i64)));
    add_method(vm, &t, "bit_count", |vm, a| Ok(Value::Int(self_int(vm, &a)?.magnitude().count_ones() as i64)));
    add_method(vm, &t, "conjugate", |vm, a| Ok(int_value(self_int(vm, &a)?)));
    add_method(vm, &t, "as_integer_ratio", |vm, a| {
        let i = int_value(self_int(vm, &a)?);
        Ok(vm.tuple_val(vec![i, Value::Int(1)]))
    });
    add_method(vm, &t, "to_bytes", |vm, a| {
        let i = self_int(vm, &a)?;
        let rest = a.shift();
        let slots = vm.parse_args("to_bytes", &Args { args: rest.pos(), kwnames: &[] }, &["length", "byteorder"], 0)?;
        let mut length = slots[0].clone();
        let mut order = slots[1].clone();
        let mut signed = false;
        for (k, v) in rest.kw() {
            match k {
                "length" => length = Some(v.clone()),
                "byteorder" => order = Some(v.clone()),
                "signed" => signed = vm.truthy(v)?,
                other => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for to_bytes()"))),
            }
        }
        let length = match length {
            Some(l) => vm.to_ssize(&l)?,
            None => 1,
        };
        let little = match &order {
            None => false,
            Some(o) => match vm.arg_str("to_bytes", "'byteorder'", o)? {
                "big" => false,
                "little" => true,
                _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            },
        };
        if length < 0 {
            return Err(vm.value_error("length argument must be non-negative"));
        }
        if !signed && i.is_negative() {
            return Err(vm.overflow_error("can't convert negative int to unsigned"));
        }
        // Minimal little-endian bytes (two's complement when signed; none for zero).
        let mut bytes = if i.is_zero() {
            Vec::new()
        } else if signed {
            i.to_signed_bytes_le()
        } else {
            i.to_bytes_le().1
        };
        let fill = if signed && i.is_negative() { 0xff } else { 0 };
        if bytes.len() > length as usize {
            return Err(vm.overflow_error("int too big to convert"));
        }
        let extra = length as usize - bytes.len();
        vm.reserve_more(&mut bytes, extra)?;
        bytes.resize(length as usize, fill);
        if !little {
            bytes.reverse();
        }
        Ok(Value::from_obj(Object::Bytes(bytes.into_boxed_slice())))
    });
    super::add_method_kind(
        vm,
        &t,
        "from_bytes",
        |vm, a| {
            let rest = a.shift();
            let pos = rest.pos();
            let mut data = pos.first().cloned();
            let mut order = pos.get(1).cloned();
            let mut signed = false;
            for (k, v) in rest.kw() {
                match k {
                    "bytes" => data = Some(v.clone()),
                    "byteorder" => order = Some(v.clone()),
                    "signed" => signed = vm.truthy(v)?,
                    other => {
                        return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for from_bytes()")))
                    }
                }
            }
            let Some(data) = data else {
                return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
            };
            // The byte order is checked before the bytes are converted.
            let little = match &order {
                None => false,
                Some(o) => match vm.arg_str("from_bytes", "'byteorder'", o)? {
                    "big" => false,
                    "little" => true,
                    _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
                },
            };
            // CPython converts with PyObject_Bytes: a buffer or an iterable of ints, but
            // not a str (nor an int, as bytes(n) would take it).
            let is_str = vm.as_str_ref(&data).is_some();
            if is_str || (super::bytes_like(&data).is_none() && !vm.is_iterable(&data)) {
                let tn = vm.type_name(&data);
                return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
            }
            let items = vm.iterate(&data)?;
            let mut bytes = Vec::with_capacity(items.len());
            for b in items {
                let n = vm.to_index(&b)?;
                if !(0..=255).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                bytes.push(n as u8);
            }
            if !little {
                bytes.reverse();
            }
            let v = if signed {
                BigInt::from_signed_bytes_le(&bytes)
            } else {
                BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
            };
            // A subclass (`bool.from_bytes`) gets its own type, by calling it.
            let cls = a.args[0].clone();
            if !matches!(&cls, Value::Obj(c) if std::rc::Rc::ptr_eq(c, &vm.types.int)) {
                return vm.call(&cls, &[int_value(v)], &[]);
            }
            Ok(int_value(v))
        },
        crate::objects::builtin_func::MethodKind::Class,
    );
    add_getset(vm, &t, "real", |vm, v| Ok(int_value(vm.as_bigint(v).unwrap_or_default())), None);
    add_getset(vm, &t, "imag", |_vm, _v| Ok(Value::Int(0)), None);
    add_getset(vm, &t, "numerator", |vm, v| Ok(int_value(vm.as_bigint(v).unwrap_or_default())), None);
    add_getset(vm, &t, "denominator", |_vm, _v| Ok(Value::Int(1)), None);
    for name in ["__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "__pos__"] {
        add_method(vm, &t, name, |vm, a| Ok(int_value(self_int(vm, &a)?)));
    }
    add_method(vm, &t, "__float__", |vm, a| {
        let i = self_int(vm, &a)?;
        Ok(Value::Float(bigint_to_f64(vm, &i)?))
    });
    add_method(vm, &t, "__abs__", |vm, a| Ok(int_value(self_int(vm, &a)?.abs())));
    add_method(vm, &t, "__round__", |vm, a| {
        let pos = vm.check_positional("__round__", &a, 1, 2)?;
        round_number(vm, &pos[0], pos.get(1))
    });
    add_method(vm, &t, "__bool__", |vm, a| Ok(Value::Bool(!self_int(vm, &a)?.is_zero())));
    add_method(vm, &t, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    add_method(vm, &t, "__format__", |vm, a| {
        let pos = vm.check_positional("__format__", &a, 2, 2)?;
        let spec = vm.arg_str("__format__", "", &pos[1])?.to_string();
        Ok(Value::Obj(vm.format(&pos[0], &spec)?))
    });
    add_method(vm, &t, "__neg__", |vm, a| Ok(int_value(-self_int(vm, &a)?)));
    add_method(vm, &t, "__invert__", |vm, a| Ok(int_value(-self_int(vm, &a)? - 1)));
    add_method(vm, &t, "__getnewargs__", |vm, a| {
        let i = int_value(self_int(vm, &a)?);
        Ok(vm.tuple_val(vec![i]))
    });
    add_operator_dunders(vm, &t, OperatorSet::Int);

    let b = vm.types.bool_.clone();
    set_doc(vm, &b, "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.");
    super::set_constructor(&b, |vm, _ty, a| {
        vm.no_kwargs("bool", &a)?;
        let pos = vm.check_positional("bool", &a, 0, 1)?;
        match pos.first() {
            Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
            None => Ok(Value::Bool(false)),
        }
    });
    add_method(vm, &b, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));

    let f = vm.types.float.clone();
    set_doc(vm, &f, "Convert a string or number to a floating point number, if possible.");
    super::set_constructor(&f, float_new);
    add_method(vm, &f, "is_integer", |vm, a| {
        let x = self_float(vm, &a)?;
        Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
    });
    add_method(vm, &f, "as_integer_ratio", |vm, a| {
        let x = self_float(vm, &a)?;
        if x.is_infinite() {
            return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
        }
        if x.is_nan() {
            return Err(vm.value_error("cannot convert NaN to integer ratio"));
        }
        let (mut m, mut e) = (x, 0i32);
        while m.fract() != 0.0 {
            m *= 2.0;
            e += 1;
        }
        let num = crate::protocols::compare::bigint_from_f64(m);
        let den = BigInt::from(1) << e as usize;
        let g = num_integer::Integer::gcd(&num, &den);
        Ok(vm.tuple_val(vec![int_value(&num / &g), int_value(&den / &g)]))
    });
    add_method(vm, &f, "conjugate", |vm, a| Ok(Value::Float(self_float(vm, &a)?)));
    add_getset(vm, &f, "real", |_vm, v| Ok(v.clone()), None);
    add_getset(vm, &f, "imag", |_vm, _v| Ok(Value::Float(0.0)), None);
    add_method(vm, &f, "__int__", |vm, a| {
        let x = self_float(vm, &a)?;
        float_to_int(vm, x)
    });
    add_method(vm, &f, "__trunc__", |vm, a| {
        let x = self_float(vm, &a)?;
        float_to_int(vm, x)
    });
    add_method(vm, &f, "__floor__", |vm, a| {
        let x = self_float(vm, &a)?;
        float_to_int(vm, x.floor())
    });
    add_method(vm, &f, "__ceil__", |vm, a| {
        let x = self_float(vm, &a)?;
        float_to_int(vm, x.ceil())
    });
    add_method(vm, &f, "__float__", |vm, a| Ok(Value::Float(self_float(vm, &a)?)));
    add_method(vm, &f, "__abs__", |vm, a| Ok(Value::Float(self_float(vm, &a)?.abs())));
    add_method(vm, &f, "__neg__", |vm, a| Ok(Value::Float(-self_float(vm, &a)?)));
    add_method(vm, &f, "__pos__", |vm, a| Ok(Value::Float(self_float(vm, &a)?)));
    add_method(vm, &f, "__bool__", |vm, a| Ok(Value::Bool(self_float(vm, &a)? != 0.0)));
    add_method(vm, &f, "__getnewargs__", |vm, a| {
        let x = self_float(vm, &a)?;
        Ok(vm.tuple_val(vec![Value::Float(x)]))
    });
    super::add_method_kind(
        vm,
        &f,
        "__getformat__",
        |vm, a| {
            let Some(kind) = a.args.get(1).and_then(|v| vm.as_str_ref(v)).map(str::to_string) else {
                let tn = a.args.get(1).map(|v| vm.type_name(v)).unwrap_or_default();
                return Err(vm.type_error(format!("__getformat__() argument must be str, not {tn}")));
            };
            if kind != "double" && kind != "float" {
                return Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"));
            }
            let order = if cfg!(target_endian = "little") { "little" } else { "big" };
            Ok(vm.str_val(&format!("IEEE, {order}-endian")))
        },
        crate::objects::builtin_func::MethodKind::Class,
    );
    add_method(vm, &f, "__round__", |vm, a| {
        let pos = vm.check_positional("__round__", &a, 1, 2)?;
        round_number(vm, &pos[0], pos.get(1))
    });
    add_method(vm, &f, "__repr__", |vm, a| Ok(Value::Obj(vm.repr(&a.args[0].clone())?)));
    add_method(vm, &f, "__format__", |vm, a| {
        let pos = vm.check_positional("__format__", &a, 2, 2)?;
        let spec = vm.arg_str("__format__", "", &pos[1])?.to_string();
        Ok(Value::Obj(vm.format(&pos[0], &spec)?))
    });
    add_method(vm, &f, "hex", |vm, a| {
        vm.no_args("float.hex", &a.shift())?;
        let x = self_float(vm, &a)?;
        Ok(vm.str_val(&crate::format::float::float_hex(x)))
    });
    super::add_method_kind(vm, &f, "fromhex", float_fromhex, crate::objects::builtin_func::MethodKind::Class);
    add_operator_dunders(vm, &f, OperatorSet::Float);

    super::complex::init(vm);
}

/// `float.fromhex(s)` (a classmethod; subclasses get `cls(value)`).
fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let arg = vm.one_arg("float.fromhex", &a.shift())?.clone();
    let Some(s) = vm.as_str_ref(&arg) else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let x = match crate::format::float::float_fromhex(s) {
        Ok(x) => x,
        Err(crate::format::float::FromHexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"))
        }
        Err(crate::format::float::FromHexError::Overflow) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    let cls = a.args[0].clone();
    match &cls {
        Value::Obj(o) if std::rc::Rc::ptr_eq(o, &vm.types.float) => Ok(Value::Float(x)),
        _ => vm.call(&cls, &[Value::Float(x)], &[]),
    }
}

/// Which operators a numeric type has: ints all of them, floats no bitwise ones,
/// complex numbers neither bitwise nor floor division, modulo and ordering.
#[derive(Copy, Clone, PartialEq)]
pub(super) enum OperatorSet {
    Int,
    Float,
    Complex,
}

/// `__add__`, `__radd__`, ..., `__lt__`, ... for a numeric type, through the operators.
/// Whether a numeric dunder of `this`'s type handles `other` itself (as CPython's
/// slots: an int's only other ints, a float's ints and floats, a complex's any of the
/// three); otherwise it returns NotImplemented and the other operand gets its turn.
fn accepts_operand(this: &Value, other: &Value) -> bool {
    let rank = |v: &Value| match v {
        Value::Int(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Obj(o) => match &**o {
            Object::BigInt(_) => Some(0),
            Object::Complex(..) => Some(2),
            _ => None,
        },
        _ => None,
    };
    match (rank(this), rank(other)) {
        (Some(a), Some(b)) => b <= a,
        _ => false,
    }
}

pub(super) fn add_operator_dunders(vm: &mut Vm, t: &ObjRef, set: OperatorSet) {
    macro_rules! binop {
        ($name:literal, $rname:literal, $op:expr, ternary) => {
            // `__pow__(exp, mod=None)`: with a modulus, this type's three-argument rule.
            add_method(vm, t, $name, |vm, a| {
                let pos = vm.check_positional($name, &a, 2, 3)?;
                if let Some(m) = pos.get(2).filter(|m| !m.is_none()) {
                    let r = vm.builtin_pow3_method(&pos[0], &pos[0], &pos[1], m)?;
                    return Ok(r.unwrap_or_else(|| Value::Obj(vm.not_implemented.clone())));
                }
                if !accepts_operand(&pos[0], &pos[1]) {
                    return Ok(Value::Obj(vm.not_implemented.clone()));
                }
                Ok(vm
                    .builtin_binary(&pos[0], &pos[1], $op, false)?
                    .unwrap_or_else(|| Value::Obj(vm.not_implemented.clone())))
            });
            add_method(vm, t, $rname, |vm, a| {
                let pos = vm.check_positional($rname, &a, 2, 3)?;
                if let Some(m) = pos.get(2).filter(|m| !m.is_none()) {
                    let r = vm.builtin_pow3_method(&pos[0], &pos[1], &pos[0], m)?;
                    return Ok(r.unwrap_or_else(|| Value::Obj(vm.not_implemented.clone())));
                }
                if !accepts_operand(&pos[0], &pos[1]) {
                    return Ok(Value::Obj(vm.not_implemented.clone()));
                }
                Ok(vm
                    .builtin_binary(&pos[1], &pos[0], $op, false)?
                    .unwrap_or_else(|| Value::Obj(vm.not_implemented.clone())))
            });
        };
        ($name:literal, $rname:literal, $op:expr) => {
            add_method(vm, t, $name, |vm, a| {
                let pos = vm.check_positional($name, &a, 2, 2)?;
                if !accepts_operand(&pos[0], &pos[1]) {
                    return Ok(Value::Obj(vm.not_implemented.clone()));
                }
                Ok(vm
                    .builtin_binary(&pos[0], &pos[1], $op, false)?
                    .unwrap_or_else(|| Value::Obj(vm.not_implemented.clone())))
            });
            add_method(vm, t, $rname, |vm, a| {
                let pos = vm.check_positional($rname, &a, 2, 2)?;
                if !accepts_operand(&pos[0], &pos[1]) {
                    return Ok(Value::Obj(vm.not_implemented.clone()));
                }
                Ok(vm
                    .builtin_binary(&pos[1], &pos[0], $op, false)?
                    .unwrap_or_else(|| Value::Obj(vm.not_implemented.clone())))
            });
        };
    }
    binop!("__add__", "__radd__", BinaryOp::Add);
    binop!("__sub__", "__rsub__", BinaryOp::Subtract);
    binop!("__mul__", "__rmul__", BinaryOp::Multiply);
    binop!("__truediv__", "__rtruediv__", BinaryOp::TrueDivide);
    binop!("__pow__", "__rpow__", BinaryOp::Power, ternary);
    if set != OperatorSet::Complex {
        binop!("__floordiv__", "__rfloordiv__", BinaryOp::FloorDivide);
        binop!("__mod__", "__rmod__", BinaryOp::Remainder);
        add_method(vm, t, "__divmod__", |vm, a| {
            let pos = vm.check_positional("__divmod__", &a, 2, 2)?;
            if !accepts_operand(&pos[0], &pos[1]) {
                return Ok(Value::Obj(vm.not_implemented.clone()));
            }
            vm.divmod(&pos[0], &pos[1])
        });
        add_method(vm, t, "__rdivmod__", |vm, a| {
            let pos = vm.check_positional("__rdivmod__", &a, 2, 2)?;
            if !accepts_operand(&pos[0], &pos[1]) {
                return Ok(Value::Obj(vm.not_implemented.clone()));
            }
            vm.divmod(&pos[1], &pos[0])
        });
    }
    if set == OperatorSet::Int {
        binop!("__and__", "__rand__", BinaryOp::And);
        binop!("__or__", "__ror__", BinaryOp::Or);
        binop!("__xor__", "__rxor__", BinaryOp::Xor);
        binop!("__lshift__", "__rlshift__", BinaryOp::LShift);
        binop!("__rshift__", "__rrshift__", BinaryOp::RShift);
    }
    macro_rules! cmp {
        ($name:literal, $op:expr) => {
            add_method(vm, t, $name, |vm, a| {
                let pos = vm.check_positional($name, &a, 2, 2)?;
                if !accepts_operand(&pos[0], &pos[1]) {
                    return Ok(Value::Obj(vm.not_implemented.clone()));
                }
                Ok(match vm.builtin_compare(&pos[0], &pos[1], $op)? {
                    Some(b) => Value::Bool(b),
                    None => Value::Obj(vm.not_implemented.clone()),
                })
            });
        };
    }
    cmp!("__eq__", CompareOp::Eq);
    cmp!("__ne__", CompareOp::Ne);
    if set != OperatorSet::Complex {
        cmp!("__lt__", CompareOp::Lt);
        cmp!("__le__", CompareOp::Le);
        cmp!("__gt__", CompareOp::Gt);
        cmp!("__ge__", CompareOp::Ge);
    }
    add_method(vm, t, "__hash__", |vm, a| {
        let v = a.args[0].clone();
        Ok(Value::Int(vm.hash(&v)?))
    });
}

impl Vm {
    /// `divmod(a, b)`: the numeric result for ints and floats, otherwise the operands'
    /// `__divmod__`/`__rdivmod__` in the order binary operators use.
    pub fn divmod(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = self.builtin_divmod(a, b)? {
            return Ok(r);
        }
        let is_instance =
            |v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Object::Instance(_) | Object::Exception(_)));
        let (a_ty, b_ty) = (self.type_of(a), self.type_of(b));
        let same = std::rc::Rc::ptr_eq(&a_ty, &b_ty);
        let b_first = !same && is_instance(b) && self.is_subclass_ref(&b_ty, &a_ty);
        if b_first {
            if let Some(r) = self.call_dunder_binary(b, "__rdivmod__", a)? {
                return Ok(r);
            }
        }
        if is_instance(a) {
            if let Some(r) = self.call_dunder_binary(a, "__divmod__", b)? {
                return Ok(r);
            }
        }
        if !same && !b_first && is_instance(b) {
            if let Some(r) = self.call_dunder_binary(b, "__rdivmod__", a)? {
                return Ok(r);
            }
        }
        let (an, bn) = (self.type_name(a), self.type_name(b));
        Err(self.type_error(format!("unsupported operand type(s) for divmod(): '{an}' and '{bn}'")))
    }

    /// divmod of two ints or of a float and a real number; `None` for other operands.
    fn builtin_divmod(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if let (Some(_), Some(_)) = (as_int(a), as_int(b)) {
            let q = self.binary_op(a, b, BinaryOp::FloorDivide, false)?;
            let r = self.binary_op(a, b, BinaryOp::Remainder, false)?;
            return Ok(Some(self.tuple_val(vec![q, r])));
        }
        let numeric = |v: &Value| matches!(v, Value::Float(_)) || as_int(v).is_some();
        if numeric(a) && numeric(b) {
            let (x, y) = (self.to_f64(a)?, self.to_f64(b)?);
            if y == 0.0 {
                return Err(self.zero_division("float divmod()"));
            }
            let q = crate::protocols::arith::float_floordiv(x, y);
            let r = crate::protocols::arith::float_mod(x, y);
            return Ok(Some(self.tuple_val(vec![Value::Float(q), Value::Float(r)])));
        }
        Ok(None)
    }

    /// `pow(base, exp, mod)` with a modulus: the base's own `__pow__` (three-argument
    /// pow never tries `__rpow__`), then the numeric types' rules.
    pub fn pow3(&mut self, b: &Value, e: &Value, m: &Value) -> PyResult<Value> {
        if matches!(b, Value::Obj(o) if matches!(&**o, Object::Instance(_) | Object::Exception(_))) {
            if let Some(f) = self.user_slot(b, "__pow__") {
                let r = self.call_slot(&f, b, &[e.clone(), m.clone()])?;
                if !matches!(&r, Value::Obj(o) if matches!(&**o, Object::NotImplemented)) {
                    return Ok(r);
                }
            }
        }
        for v in [b, e, m] {
            if let Some(r) = self.builtin_pow3(v, b, e, m)? {
                return Ok(r);
            }
        }
        let (bn, en, mn) = (self.type_name(b), self.type_name(e), self.type_name(m));
        Err(self.type_error(format!("unsupported operand type(s) for ** or pow(): '{bn}', '{en}', '{mn}'")))
    }

    /// `this.__pow__(exp, mod)` / `__rpow__` for a builtin number.
    pub fn builtin_pow3_method(&mut self, this: &Value, b: &Value, e: &Value, m: &Value) -> PyResult<Option<Value>> {
        self.builtin_pow3(this, b, e, m)
    }

    /// The three-argument `__pow__` of the numeric type of `this` (one of the
    /// operands): ints only combine ints; a float or complex refuses any modulus.
    fn builtin_pow3(&mut self, this: &Value, b: &Value, e: &Value, m: &Value) -> PyResult<Option<Value>> {
        let real = |v: &Value| matches!(v, Value::Float(_)) || as_int(v).is_some();
        let complexish = |v: &Value| real(v) || matches!(v, Value::Obj(o) if matches!(&**o, Object::Complex(..)));
        match this {
            Value::Float(_) if real(b) && real(e) => {
                Err(self.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            Value::Obj(o) if matches!(&**o, Object::Complex(..)) && complexish(b) && complexish(e) => {
                Err(self.value_error("complex modulo"))
            }
            _ if as_int(this).is_some() && as_int(b).is_some() && as_int(e).is_some() && as_int(m).is_some() => {
                crate::builtins::pow_mod(self, b, e, m).map(Some)
            }
            _ => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_parsing() {
        assert_eq!(parse_int(" -12_3 ", 10), Some(BigInt::from(-123)));
        assert_eq!(parse_int("0x1f", 0), Some(BigInt::from(31)));
        assert_eq!(parse_int("1_", 10), None);
        assert_eq!(parse_int("abc", 10), None);
        assert_eq!(parse_int("zz", 36), Some(BigInt::from(35 * 36 + 35)));
    }
}
