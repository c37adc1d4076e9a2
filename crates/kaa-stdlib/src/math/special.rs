//! The `math` functions CPython computes itself instead of asking libm: `gamma` and
//! `lgamma` (a Lanczos approximation), `hypot` and `dist` (an accurately rounded vector
//! norm), `fsum` (exact summation with partials), logarithms of ints too large for a
//! float, `nextafter` and `ulp`. Each performs the same floating-point operations in the
//! same order as CPython 3.11, so results agree to the last bit.

use std::f64::consts::PI;

use kaa_vm::objects::builtin_func::{Args, NativeFn};
use kaa_vm::{PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::{arg_f64, domain_error, float_arg, libm, range_error, two_floats};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("hypot", hypot),
    ("dist", dist),
    ("fsum", fsum),
    ("nextafter", nextafter),
    ("ulp", ulp),
];

/// Why a computation has no float answer.
enum MathError {
    /// ValueError: outside the domain, or a pole.
    Domain,
    /// OverflowError: the answer is too large for a float.
    Range,
}

fn raise(vm: &mut Vm, e: MathError) -> kaa_vm::PyErr {
    match e {
        MathError::Domain => domain_error(vm),
        MathError::Range => range_error(vm),
    }
}

/// ln(pi), for the reflection formula.
const LOG_PI: f64 = 1.144_729_885_849_400_2;

/// sin(pi * x), accurate for all finite x, in particular near integers (where computing
/// pi * x first would lose the zeros of the sine).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    // Which eighth of the period y falls in decides how to reduce it.
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // Not -sin(pi*(y-1)): that would give -0.0 at y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos approximation's parameters (N = 13, g ≈ 6.0247), as used by Boost and
/// CPython; the sum is evaluated as a rational function.
const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// The denominator x(x+1)...(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// Lanczos' sum for x > 0. For large x the rational function is evaluated in 1/x,
/// which avoids overflow and is more accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(MathError::Domain) };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            // Small integers: (x-1)! exactly.
            return Ok((1..x as u64).map(|k| k as f64).product());
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(MathError::Range) } else { Ok(r) };
    }
    if ax > 200.0 {
        return if x < 0.0 { Ok(0.0 / sin_pi(x)) } else { Err(MathError::Range) };
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // The rounding error of that sum, used for a first-order correction below.
    let err = if ax > LANCZOS_G_MINUS_HALF { (y - ax) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - ax };
    let z = err * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= y.powf(ax - 0.5);
        } else {
            // Two half powers: the full power would overflow.
            let half = y.powf(ax / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(ax) / y.exp();
        r += z * r;
        if ax < 140.0 {
            r *= y.powf(ax - 0.5);
        } else {
            let half = y.powf(ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

fn m_lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(MathError::Domain) } else { Ok(0.0) };
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(-ax.ln());
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

fn gamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, &a, "math.gamma")?;
    tgamma(x).map(Value::Float).map_err(|e| raise(vm, e))
}

fn lgamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, &a, "math.lgamma")?;
    m_lgamma(x).map(Value::Float).map_err(|e| raise(vm, e))
}

/// A positive int too large for a float as (m, e), n ≈ m * 2**e with 0.5 <= m < 1 and
/// m correctly rounded.
fn bigint_frexp(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    let shift = bits - 55;
    // 55 bits: 53 for the mantissa, one rounding bit, and a sticky bit standing for
    // everything shifted out, so the conversion to f64 rounds exactly once, correctly.
    let mut top = (n >> shift).to_u64().expect("55 bits");
    if n.trailing_zeros().is_some_and(|tz| tz < shift) {
        top |= 1;
    }
    let m = top as f64 / (1u64 << 55) as f64;
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

/// log, log2 or log10 of an argument: ints of any size exactly, other values through
/// their float value.
fn log_of(vm: &mut Vm, arg: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = vm.as_bigint(arg) {
        if n.sign() != Sign::Plus {
            return Err(domain_error(vm));
        }
        return Ok(match n.to_f64() {
            Some(x) if x.is_finite() => f(x),
            _ => {
                let (m, e) = bigint_frexp(&n);
                f(m) + f(2.0) * e as f64
            }
        });
    }
    let x = arg_f64(vm, arg)?;
    let r = f(x);
    // log(0) = -inf is a pole; log of a negative number is NaN.
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return Err(domain_error(vm));
    }
    Ok(r)
}

/// `log(x[, base])`.
fn log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("log", &a)?;
    let pos = a.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &pos[0], f64::ln)?;
    if pos.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_of(vm, &pos[1], f64::ln)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.one_arg("math.log2", &a)?.clone();
    log_of(vm, &x, f64::log2).map(Value::Float)
}

fn log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.one_arg("math.log10", &a)?.clone();
    log_of(vm, &x, f64::log10).map(Value::Float)
}

/// Splits x (|x| < 1) into hi + lo with hi holding the top 26 bits, so that hi*hi,
/// 2*hi*lo and lo*lo are exact products (Veltkamp-Dekker splitting).
fn split(x: f64) -> (f64, f64) {
    const SPLITTER: f64 = 134_217_729.0; // 2**27 + 1
    let t = x * SPLITTER;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// Adds x to the running sum, keeping the rounding error in `frac` (Neumaier-style
/// compensated summation; |csum| >= |x| always holds here).
fn add_compensated(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// sqrt(sum(x*x for x in vec)), accurately rounded: the values are scaled by a power of
/// two so the largest is in [0.5, 1), squared exactly, summed with compensation
/// starting from 1.0 (which keeps the sum larger than every term), and the square root
/// gets one correction step. `max` is the largest |x|.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = super::frexp_f64(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0, 0.0, 0.0, 0.0);
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e as i32);
        for &v in vec {
            let (hi, lo) = split(v * scale);
            add_compensated(&mut csum, &mut frac1, hi * hi);
            add_compensated(&mut csum, &mut frac2, 2.0 * hi * lo);
            // lo*lo is below half an ulp of csum: it only matters in the fraction.
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        // Subtract h*h exactly to find the residual, then correct h to first order.
        let (hi, lo) = split(h);
        add_compensated(&mut csum, &mut frac1, -hi * hi);
        add_compensated(&mut csum, &mut frac2, -2.0 * hi * lo);
        add_compensated(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny values: 2**-max_e would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        add_compensated(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("math.hypot", &a)?;
    let mut coords = Vec::with_capacity(a.pos().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in a.pos() {
        let x = arg_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&coords, max, found_nan)))
}

/// The items of a dist() argument (any iterable).
fn point(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Obj(o) if o.as_tuple().is_some() => Ok(o.as_tuple().expect("tuple").to_vec()),
        _ => vm.iterate(v),
    }
}

fn dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("math.dist", &a)?;
    let pos = vm.check_positional("dist", &a, 2, 2)?;
    let p = point(vm, &pos[0])?;
    let q = point(vm, &pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(&q) {
        let px = arg_f64(vm, pv)?;
        let qx = arg_f64(vm, qv)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&diffs, max, found_nan)))
}

/// `fsum(iterable)`: the correctly rounded sum. The running total is kept exactly as a
/// list of non-overlapping partial sums in increasing magnitude (Shewchuk's algorithm),
/// which are added from the top at the end, with a fix-up for round-half-even across
/// partials.
fn fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let seq = vm.one_arg("math.fsum", &a)?.clone();
    let it = vm.get_iter(&seq)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = arg_f64(vm, &item)?;
        let original = x;
        let mut kept = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an inf or nan among the items, or the sum overflowed.
                if original.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0;
    if let Some(&top) = partials.last() {
        let mut n = partials.len() - 1;
        hi = top;
        let mut lo = 0.0;
        // Add from the top while the additions are exact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // If the rest below has the sign of the rounding error, the exact sum is past
        // the halfway point: round the other way.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn nextafter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &a, "nextafter")?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

/// `ulp(x)`: the distance from |x| to the next float away from zero (or toward zero
/// for the largest finite float).
fn ulp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = float_arg(vm, &a, "math.ulp")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_of_huge_ints_rounds_correctly() {
        let n = BigInt::from(1) << 2000u32;
        assert_eq!(bigint_frexp(&n), (0.5, 2001));
        // All ones: rounds up to the next power of two.
        let ones = (BigInt::from(1) << 1100u32) - 1;
        assert_eq!(bigint_frexp(&ones), (0.5, 1101));
    }

    #[test]
    fn gamma_of_small_integers_is_exact() {
        assert!(matches!(tgamma(5.0), Ok(v) if v == 24.0));
        assert!(matches!(tgamma(-1.0), Err(MathError::Domain)));
    }
}
