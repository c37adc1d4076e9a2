//! The integer functions of `math`: `gcd`, `lcm`, `factorial`, `isqrt`, `comb`, `perm`,
//! and `prod`. Results are exact, so only the arguments' conversions and the error
//! messages need to follow CPython; large products are computed as balanced product
//! trees, which keeps the big multiplications few and even-sized.

use kaa_bytecode::BinaryOp;
use kaa_vm::objects::builtin_func::{Args, NativeFn};
use kaa_vm::{PyResult, Value, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{big, index_big};

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("gcd", gcd),
    ("lcm", lcm),
    ("factorial", factorial),
    ("isqrt", isqrt),
    ("comb", comb),
    ("perm", perm),
    ("prod", prod),
];

fn gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("math.gcd", &a)?;
    let mut result = BigInt::zero();
    for v in a.pos() {
        let x = index_big(vm, v)?;
        // Every argument is converted (and so checked) even once the answer is known.
        if !result.is_one() {
            result = result.gcd(&x);
        }
    }
    Ok(big(result))
}

fn lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("math.lcm", &a)?;
    let mut result = BigInt::one();
    for (i, v) in a.pos().iter().enumerate() {
        let x = index_big(vm, v)?;
        if i == 0 {
            result = x.abs();
        } else if !result.is_zero() {
            result = result.lcm(&x);
        }
    }
    Ok(big(result))
}

/// The product lo * (lo+1) * ... * (hi-1) as a balanced tree of multiplications.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut word: u64 = 1;
        for k in lo..hi {
            match word.checked_mul(k) {
                Some(w) => word = w,
                None => {
                    acc *= word;
                    word = k;
                }
            }
        }
        return acc * word;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// The same for BigInt bounds (`perm` of a huge n), k factors starting at `lo`.
fn big_range_product(lo: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if k <= 8 {
        let mut acc = lo.clone();
        for i in 1..k {
            acc *= lo + BigInt::from(i);
        }
        return acc;
    }
    let half = k / 2;
    big_range_product(lo, half) * big_range_product(&(lo + BigInt::from(half)), k - half)
}

/// The argument of factorial() (or the n of perm(n)) as a u64, with CPython's errors.
fn factorial_arg(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    let n = index_big(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    match n.to_i64() {
        Some(n) => Ok(n as u64),
        None => Err(vm.overflow_error(format!("factorial() argument should not exceed {}", i64::MAX))),
    }
}

fn factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("math.factorial", &a)?.clone();
    let n = factorial_arg(vm, &v)?;
    Ok(big(range_product(1, n + 1)))
}

fn isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = vm.one_arg("math.isqrt", &a)?.clone();
    let n = index_big(vm, &v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big(n.sqrt()))
}

/// n and k of comb/perm, both non-negative.
fn n_and_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("math.comb", &a)?;
    let pos = vm.check_positional("comb", &a, 2, 2)?;
    let (n, k) = n_and_k(vm, &pos[0], &pos[1])?;
    let rest = &n - &k;
    if rest.is_negative() {
        return Ok(Value::Int(0));
    }
    // C(n, k) == C(n, n-k): use the smaller.
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    let numerator = big_range_product(&(&n - BigInt::from(k) + 1), k);
    Ok(big(numerator / range_product(1, k + 1)))
}

fn perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("math.perm", &a)?;
    let pos = vm.check_positional("perm", &a, 1, 2)?;
    if pos.len() == 1 || matches!(pos[1], Value::None) {
        let n = factorial_arg(vm, &pos[0])?;
        return Ok(big(range_product(1, n + 1)));
    }
    let (n, k) = n_and_k(vm, &pos[0], &pos[1])?;
    if n < k {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    Ok(big(big_range_product(&(&n - BigInt::from(k) + 1), k)))
}

/// `prod(iterable, /, *, start=1)`.
fn prod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let params =
        crate::args::Params { fname: "prod", names: &["iterable", "start"], posonly: 1, maxpos: 1, required: 1 };
    let slots = crate::args::parse(vm, &params, &a)?;
    let iterable = slots[0].clone().expect("required");
    let mut result = slots[1].clone().unwrap_or(Value::Int(1));
    let it = vm.get_iter(&iterable)?;
    while let Some(item) = vm.next(&it)? {
        result = vm.binary_op(&result, &item, BinaryOp::Multiply, false)?;
    }
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products() {
        assert_eq!(range_product(1, 6), BigInt::from(120));
        assert_eq!(range_product(1, 1), BigInt::one());
        let f25: BigInt = "15511210043330985984000000".parse().unwrap();
        assert_eq!(range_product(1, 26), f25);
        assert_eq!(big_range_product(&BigInt::from(8), 3), BigInt::from(720));
    }
}
