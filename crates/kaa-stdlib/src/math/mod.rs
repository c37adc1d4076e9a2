//! The `math` module, with CPython 3.11's results, special values and error messages.
//!
//! The elementary functions come from the platform C library, as in CPython (through
//! Rust's `f64` methods where they call libm, and `libm.rs` where they do not), so the
//! results are bit-identical. Functions CPython computes itself — `gamma`, `lgamma`,
//! `hypot`/`dist`, `fsum`, logarithms of huge ints — are in `special.rs`, written to
//! perform the same floating-point operations in the same order; the integer functions
//! (`gcd`, `factorial`, `comb`, ...) are in `integer.rs`.
//!
//! Error reporting follows CPython's rules for libm wrappers: a NaN result from non-NaN
//! arguments is a ValueError ("math domain error"); an infinite result from finite
//! arguments is an OverflowError ("math range error") for functions that can overflow
//! and a ValueError (a singularity) for the others.

mod integer;
mod libm;
mod special;

use kaa_vm::objects::builtin_func::{Args, NativeFn};
use kaa_vm::protocols::arith::int_value;
use kaa_vm::{ObjRef, Object, PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;

const DOC: &str = "This module provides access to the mathematical functions\ndefined by the C standard.";

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("math");
    let Object::Module(m) = &*module else { unreachable!() };
    let d = m.dict.clone();
    let dict = d.as_dict().expect("dict");
    let doc = vm.str_val(DOC);
    dict.set_str(vm, "__doc__", doc);
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        dict.set_str(vm, name, Value::Float(value));
    }
    for &(name, func) in FUNCTIONS.iter().chain(integer::FUNCTIONS).chain(special::FUNCTIONS) {
        let f = vm.new_builtin_in("math", name, func);
        dict.set_str(vm, name, Value::Obj(f));
    }
    Ok(module)
}

/// The functions defined in this file.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("cos", cos),
    ("cosh", cosh),
    ("erf", erf),
    ("erfc", erfc),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("log1p", log1p),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("atan2", atan2),
    ("copysign", copysign),
    ("remainder", remainder),
    ("fmod", fmod),
    ("pow", pow),
    ("ceil", ceil),
    ("floor", floor),
    ("trunc", trunc),
    ("degrees", degrees),
    ("radians", radians),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("modf", modf),
];

/// "math domain error".
pub(crate) fn domain_error(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

/// "math range error".
pub(crate) fn range_error(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// A float argument as CPython's `PyFloat_AsDouble` reads it: floats, ints (an
/// OverflowError if too large), then `__float__`, then `__index__`.
pub(crate) fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => return kaa_vm::types::bigint_to_f64(vm, b),
            Object::Instance(_) => {
                if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
                    return match r {
                        Value::Float(f) => Ok(f),
                        other => {
                            let tn = vm.type_name(v);
                            let rn = vm.type_name(&other);
                            Err(vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})")))
                        }
                    };
                }
                if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
                    let i = index_result(vm, r)?;
                    return kaa_vm::types::bigint_to_f64(vm, &i);
                }
            }
            _ => {}
        },
        _ => {}
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("must be real number, not {tn}")))
}

/// An integer argument as `operator.index` reads it.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = vm.as_bigint(v) {
        return Ok(b);
    }
    if let Value::Obj(o) = v {
        if matches!(&**o, Object::Instance(_)) {
            if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
                return index_result(vm, r);
            }
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
}

/// The value `__index__` returned, which must be an int.
fn index_result(vm: &mut Vm, r: Value) -> PyResult<BigInt> {
    match vm.as_bigint(&r) {
        Some(b) => Ok(b),
        None => {
            let rn = vm.type_name(&r);
            Err(vm.type_error(format!("__index__ returned non-int (type {rn})")))
        }
    }
}

/// Wraps a one-argument libm function with CPython's error rules.
fn math_1(vm: &mut Vm, a: Args, qualname: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let arg = vm.one_arg(qualname, &a)?.clone();
    let x = arg_f64(vm, &arg)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
                math_1(vm, a, concat!("math.", stringify!($name)), $f, $overflow)
            }
        )*
    };
}

unary! {
    acos => f64::acos, false;
    acosh => |x| libm::acosh(x), false;
    asin => f64::asin, false;
    asinh => |x| libm::asinh(x), false;
    atan => f64::atan, false;
    atanh => |x| libm::atanh(x), false;
    cbrt => libm::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    erf => |x| libm::erf(x), false;
    erfc => |x| libm::erfc(x), false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
}

/// The two float arguments of a METH_FASTCALL function (`atan2`, `fmod`, ...).
fn two_floats(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    vm.no_kwargs(&format!("math.{name}"), a)?;
    let pos = vm.check_positional(name, a, 2, 2)?;
    let x = arg_f64(vm, &pos[0])?;
    let y = arg_f64(vm, &pos[1])?;
    Ok((x, y))
}

/// Wraps a two-argument function with CPython's error rules for them.
fn math_2(vm: &mut Vm, a: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

/// atan2 with the C99 special values settled here rather than left to the platform.
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let angle = if x.is_sign_positive() { 0.25 * PI } else { 0.75 * PI };
            return angle.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

fn atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_2(vm, a, "atan2", m_atan2)
}

fn copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_2(vm, a, "copysign", f64::copysign)
}

fn remainder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_2(vm, a, "remainder", |x, y| libm::remainder(x, y))
}

fn fmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "fmod")?;
    // fmod(x, ±inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "pow")?;
    let r = if !x.is_finite() || !y.is_finite() {
        // The IEEE special cases, settled here as C99 Annex F says.
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            // (negative) ** (non-integer)
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            // 0 ** negative is a singularity; anything else overflowed.
            return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
        }
        r
    };
    Ok(Value::Float(r))
}

/// `math.floor` and `math.ceil`: exact floats directly, then the type's `__floor__` /
/// `__ceil__`, then the float value of the argument.
fn round_to_int(vm: &mut Vm, a: Args, qualname: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = vm.one_arg(qualname, &a)?.clone();
    if let Value::Float(v) = x {
        return vm.to_int(&Value::Float(f(v)));
    }
    if let Some(r) = vm.call_dunder(&x, dunder, &[])? {
        return Ok(r);
    }
    let v = arg_f64(vm, &x)?;
    vm.to_int(&Value::Float(f(v)))
}

fn floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    round_to_int(vm, a, "math.floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    round_to_int(vm, a, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.one_arg("math.trunc", &a)?.clone();
    if let Value::Float(_) = x {
        return vm.to_int(&x);
    }
    match vm.call_dunder(&x, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
        }
    }
}

/// A function of one float argument returning a Python value.
fn float_arg(vm: &mut Vm, a: &Args, qualname: &str) -> PyResult<f64> {
    let x = vm.one_arg(qualname, a)?.clone();
    arg_f64(vm, &x)
}

fn degrees(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, &a, "math.degrees")?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, &a, "math.radians")?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, &a, "math.isfinite")?.is_finite()))
}

fn isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, &a, "math.isinf")?.is_infinite()))
}

fn isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, &a, "math.isnan")?.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let params = crate::args::Params {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    };
    let slots = crate::args::parse(vm, &params, &a)?;
    let mut values = [0.0, 0.0, 1e-09, 0.0];
    for (value, slot) in values.iter_mut().zip(&slots) {
        if let Some(v) = slot {
            *value = arg_f64(vm, v)?;
        }
    }
    let [x, y, rel_tol, abs_tol] = values;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol))
}

/// `frexp(x)`: (m, e) with x == m * 2**e and 0.5 <= |m| < 1 (or (x, 0) for 0, inf, nan).
pub(crate) fn frexp_f64(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        // Subnormal: scale into the normal range first (exactly).
        let (m, e) = frexp_f64(x * f64::from_bits((1023u64 + 64) << 52));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, biased - 1022)
}

fn frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, &a, "math.frexp")?;
    let (m, e) = frexp_f64(x);
    Ok(vm.tuple_val(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("math.ldexp", &a)?;
    let pos = vm.check_positional("ldexp", &a, 2, 2)?;
    let x = arg_f64(vm, &pos[0])?;
    let Some(i) = vm.as_bigint(&pos[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if i > BigInt::from(i32::MAX) {
        return Err(range_error(vm));
    } else if i < BigInt::from(i32::MIN) {
        0.0f64.copysign(x)
    } else {
        let n: i32 = i.try_into().expect("checked range");
        libm::ldexp(x, n)
    };
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, &a, "math.modf")?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(vm.tuple_val(vec![Value::Float(frac), Value::Float(int)]))
}

/// An int value from a BigInt result.
pub(crate) fn big(b: BigInt) -> Value {
    int_value(b)
}
