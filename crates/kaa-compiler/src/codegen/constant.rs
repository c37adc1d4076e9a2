//! Compile-time constants: literals, and the folding CPython's AST optimizer does
//! (negative numbers, tuples of constants, arithmetic on small constants), so that
//! `co_consts` holds what CPython's does and constant tests compile to straight-line code.

use std::rc::Rc;

use kaa_bytecode::Constant;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{Expr, ExprContext, Number, Operator, UnaryOp};

use super::Compiler;

/// Longest string or bytes constant folding may create (CPython's MAX_STR_SIZE).
const MAX_STR_SIZE: usize = 4096;
/// Largest int, in bits, folding may create (CPython's MAX_INT_SIZE).
const MAX_INT_BITS: u64 = 128;
/// Longest tuple folding may create by repetition (CPython's MAX_COLLECTION_SIZE).
const MAX_COLLECTION_SIZE: usize = 256;
/// Most items, counting nested tuples, a repeated tuple may hold (MAX_TOTAL_ITEMS).
const MAX_TOTAL_ITEMS: i64 = 1024;

impl<'a> Compiler<'a> {
    /// The value of `expr` if it is a compile-time constant.
    pub fn constant_of(&self, expr: &Expr) -> Option<Constant> {
        match expr {
            Expr::NoneLiteral(_) => Some(Constant::None),
            Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
            Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
            Expr::NumberLiteral(n) => Some(number_constant(&n.value)),
            Expr::StringLiteral(s) => Some(Constant::Str(Rc::from(s.value.to_str()))),
            Expr::BytesLiteral(b) => {
                let bytes: Vec<u8> = b.value.bytes().collect();
                Some(Constant::Bytes(Rc::from(bytes)))
            }
            Expr::Tuple(t) => {
                let items: Option<Vec<Constant>> = t.elts.iter().map(|e| self.constant_of(e)).collect();
                items.map(|v| Constant::Tuple(Rc::from(v)))
            }
            Expr::UnaryOp(u) => fold_unary(u.op, self.constant_of(&u.operand)?),
            Expr::BinOp(b) => fold_binary(self.constant_of(&b.left)?, b.op, self.constant_of(&b.right)?),
            Expr::Subscript(s) if s.ctx == ExprContext::Load => {
                fold_subscript(self.constant_of(&s.value)?, self.constant_of(&s.slice)?)
            }
            // CPython folds `__debug__` (true unless optimizing).
            Expr::Name(n) if n.ctx == ExprContext::Load && n.id.as_str() == "__debug__" => {
                Some(Constant::Bool(self.optimize == 0))
            }
            _ => None,
        }
    }

    /// The truth value of `expr` when it is a constant.
    pub fn constant_truth(&self, expr: &Expr) -> Option<bool> {
        self.constant_of(expr).map(|c| truth(&c))
    }

    /// Like [`Compiler::constant_truth`] for a test that CPython compiles as `LOAD_CONST`
    /// plus a conditional jump (later optimized away): the constant still goes into
    /// `co_consts`.
    pub fn constant_test(&mut self, expr: &Expr) -> Option<bool> {
        let c = self.constant_of(expr)?;
        let t = truth(&c);
        self.add_const(c);
        Some(t)
    }
}

fn number_constant(n: &Number) -> Constant {
    match n {
        Number::Int(i) => match i.as_i64() {
            Some(v) => Constant::Int(v),
            None => Constant::BigInt(parse_big_int(&i.to_string())),
        },
        Number::Float(f) => Constant::Float(*f),
        Number::Complex { real, imag } => Constant::Complex { real: *real, imag: *imag },
    }
}

/// Parses an int literal's text (any base prefix, underscores allowed).
fn parse_big_int(text: &str) -> BigInt {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(rest) = lower.strip_prefix("0x") {
        (rest.to_string(), 16)
    } else if let Some(rest) = lower.strip_prefix("0o") {
        (rest.to_string(), 8)
    } else if let Some(rest) = lower.strip_prefix("0b") {
        (rest.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

/// Python truthiness of a constant.
pub fn truth(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(b) => !b.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis | Constant::Code(_) => true,
    }
}

fn as_big(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(BigInt::from(*i)),
        Constant::Bool(b) => Some(BigInt::from(*b as i64)),
        Constant::BigInt(b) => Some(b.clone()),
        _ => None,
    }
}

fn from_big(b: BigInt) -> Constant {
    match b.to_i64() {
        Some(v) => Constant::Int(v),
        None => Constant::BigInt(b),
    }
}

/// `float(c)` for a number (None when it is not one or does not fit a double).
fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) if i.unsigned_abs() <= (1u64 << 53) => Some(*i as f64),
        Constant::Bool(b) => Some(*b as i64 as f64),
        c if is_intlike(c) => int_true_div(&as_big(c)?, &BigInt::from(1)),
        _ => None,
    }
}

fn is_intlike(c: &Constant) -> bool {
    matches!(c, Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_))
}

fn fold_unary(op: UnaryOp, v: Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truth(&v))),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex { real: -real, imag: -imag }),
            ref c if is_intlike(c) => Some(from_big(-as_big(c)?)),
            _ => None,
        },
        UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } | Constant::Int(_) | Constant::BigInt(_) => Some(v),
            Constant::Bool(b) => Some(Constant::Int(b as i64)),
            _ => None,
        },
        UnaryOp::Invert => match v {
            ref c if is_intlike(c) => Some(from_big(-(as_big(c)?) - 1)),
            _ => None,
        },
    }
}

/// CPython's `fold_binop`: the result of `l op r` computed with Python's semantics, or
/// None where Python would raise (or a guard stops a big result: `safe_multiply`,
/// `safe_power`, `safe_lshift`, and no `%` formatting of strings).
fn fold_binary(l: Constant, op: Operator, r: Constant) -> Option<Constant> {
    if is_intlike(&l) && is_intlike(&r) {
        return fold_int(&l, op, &r);
    }
    match (&l, &r) {
        (Constant::Str(a), Constant::Str(b)) if op == Operator::Add => {
            return Some(Constant::Str(Rc::from(format!("{a}{b}").as_str())));
        }
        (Constant::Bytes(a), Constant::Bytes(b)) if op == Operator::Add => {
            let v: Vec<u8> = a.iter().chain(b.iter()).copied().collect();
            return Some(Constant::Bytes(Rc::from(v)));
        }
        (Constant::Tuple(a), Constant::Tuple(b)) if op == Operator::Add => {
            let items: Vec<Constant> = a.iter().chain(b.iter()).cloned().collect();
            return Some(Constant::Tuple(Rc::from(items)));
        }
        (seq, n) | (n, seq) if op == Operator::Mult && is_intlike(n) && is_sequence(seq) => {
            return repeat(seq, n);
        }
        _ => {}
    }
    if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
        return fold_complex(as_complex(&l)?, op, as_complex(&r)?);
    }
    fold_float(as_float(&l)?, op, as_float(&r)?)
}

fn is_sequence(c: &Constant) -> bool {
    matches!(c, Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_))
}

/// `seq * n`, within CPython's limits (4096 characters or bytes, 256 items, and 1024
/// items counting nested tuples).
fn repeat(seq: &Constant, n: &Constant) -> Option<Constant> {
    let n = as_big(n)?.to_i64()?;
    let size = match seq {
        Constant::Str(s) => s.chars().count(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) => t.len(),
        _ => return None,
    };
    let limit = if matches!(seq, Constant::Tuple(_)) { MAX_COLLECTION_SIZE } else { MAX_STR_SIZE };
    if let Some(max) = limit.checked_div(size) {
        if n < 0 || n as usize > max {
            return None;
        }
        if n > 0 && complexity_exceeded(seq, MAX_TOTAL_ITEMS / n) {
            return None;
        }
    }
    let count = n.max(0) as usize;
    Some(match seq {
        Constant::Str(s) => Constant::Str(Rc::from(s.repeat(count).as_str())),
        Constant::Bytes(b) => Constant::Bytes(Rc::from(b.repeat(count))),
        Constant::Tuple(t) => {
            let items: Vec<Constant> = (0..count).flat_map(|_| t.iter().cloned()).collect();
            Constant::Tuple(Rc::from(items))
        }
        _ => return None,
    })
}

/// CPython's `check_complexity`: whether `c` holds more than `limit` items, nested tuples
/// included.
fn complexity_exceeded(c: &Constant, limit: i64) -> bool {
    fn left(c: &Constant, mut limit: i64) -> i64 {
        if let Constant::Tuple(t) = c {
            limit -= t.len() as i64;
            for item in t.iter() {
                if limit < 0 {
                    break;
                }
                limit = left(item, limit);
            }
        }
        limit
    }
    left(c, limit) < 0
}

fn fold_int(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    let both_bool = matches!(l, Constant::Bool(_)) && matches!(r, Constant::Bool(_));
    let (a, b) = (as_big(l)?, as_big(r)?);
    let result = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && a.bits() + b.bits() > MAX_INT_BITS {
                return None;
            }
            a * b
        }
        Operator::Div => return int_true_div(&a, &b).map(Constant::Float),
        Operator::FloorDiv | Operator::Mod => {
            if b.is_zero() {
                return None;
            }
            let (q, m) = floor_divmod(&a, &b);
            if op == Operator::FloorDiv {
                q
            } else {
                m
            }
        }
        Operator::Pow => {
            if b.is_negative() {
                // int ** negative int is float ** float.
                return fold_float(
                    int_true_div(&a, &BigInt::from(1))?,
                    Operator::Pow,
                    int_true_div(&b, &BigInt::from(1))?,
                );
            }
            if !a.is_zero() && !b.is_zero() {
                let exp = b.to_u64()?;
                if a.bits() > MAX_INT_BITS / exp {
                    return None;
                }
            }
            num_traits::pow(a, b.to_usize()?)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            if !a.is_zero() && !b.is_zero() {
                let shift = b.to_u64()?;
                if shift > MAX_INT_BITS || a.bits() > MAX_INT_BITS - shift {
                    return None;
                }
            }
            a << b.to_usize()?
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            let shift = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            // Python's >> floors toward negative infinity, as BigInt's does.
            a >> shift as usize
        }
        Operator::BitAnd | Operator::BitOr | Operator::BitXor if both_bool => {
            let (x, y) = (!a.is_zero(), !b.is_zero());
            let v = match op {
                Operator::BitAnd => x & y,
                Operator::BitOr => x | y,
                _ => x ^ y,
            };
            return Some(Constant::Bool(v));
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::MatMult => return None,
    };
    Some(from_big(result))
}

/// Python's int true division, correctly rounded (None for division by zero, overflow,
/// or a result too small to be a normal double).
fn int_true_div(a: &BigInt, b: &BigInt) -> Option<f64> {
    use num_integer::Integer;
    if b.is_zero() {
        return None;
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let sign = |v: f64| if negative { -v } else { v };
    if a.is_zero() {
        return Some(sign(0.0));
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        return Some(sign(a.to_f64()? / b.to_f64()?));
    }
    // Scale so the quotient has at least 55 bits, then round it to 53 (half to even, the
    // remainder acting as a sticky bit).
    let shift = 55 - (a.bits() as i64 - b.bits() as i64);
    let (n, d) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = n.div_rem(&d);
    let extra = q.bits() as i64 - 53;
    let mut m: BigInt = &q >> extra as usize;
    let low: BigInt = &q - (&m << extra as usize);
    let half = BigInt::from(1) << (extra - 1) as usize;
    if low > half || (low == half && (!r.is_zero() || m.is_odd())) {
        m += 1;
    }
    let exp = extra - shift;
    let mantissa = m.to_f64()?;
    if !(-1000..=970).contains(&exp) {
        return None;
    }
    Some(sign(mantissa * 2f64.powi(exp as i32)))
}

fn fold_float(a: f64, op: Operator, b: f64) -> Option<Constant> {
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        Operator::FloorDiv | Operator::Mod => {
            if b == 0.0 {
                return None;
            }
            let (q, m) = float_divmod(a, b);
            if op == Operator::FloorDiv {
                q
            } else {
                m
            }
        }
        Operator::Pow => match float_pow(a, b)? {
            Ok(v) => v,
            Err(c) => {
                let (real, imag) = c?;
                return Some(Constant::Complex { real, imag });
            }
        },
        _ => return None,
    };
    Some(Constant::Float(v))
}

/// Python's float divmod (`_float_div_mod`).
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let q = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (q, m)
}

/// Python's `float ** float` for finite operands: Ok(float), or Err(complex result) for a
/// negative base and fractional exponent; None where Python raises (or overflows).
fn float_pow(iv: f64, iw: f64) -> Option<Result<f64, Option<(f64, f64)>>> {
    if iw == 0.0 {
        return Some(Ok(1.0));
    }
    let is_odd_int = |w: f64| w.floor() == w && (w % 2.0).abs() == 1.0;
    if iv == 0.0 {
        if iw < 0.0 {
            return None;
        }
        return Some(Ok(if is_odd_int(iw) { iv } else { 0.0 }));
    }
    let (mut iv, mut negate) = (iv, false);
    if iv < 0.0 {
        if iw != iw.floor() {
            // Negative numbers raised to fractional powers become complex.
            return Some(Err(complex_pow((iv, 0.0), (iw, 0.0))));
        }
        iv = -iv;
        negate = is_odd_int(iw);
    }
    if iv == 1.0 {
        return Some(Ok(if negate { -1.0 } else { 1.0 }));
    }
    let r = iv.powf(iw);
    if !r.is_finite() {
        return None;
    }
    Some(Ok(if negate { -r } else { r }))
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => Some((as_float(c)?, 0.0)),
    }
}

fn fold_complex(a: (f64, f64), op: Operator, b: (f64, f64)) -> Option<Constant> {
    let (re, im) = match op {
        Operator::Add => (a.0 + b.0, a.1 + b.1),
        Operator::Sub => (a.0 - b.0, a.1 - b.1),
        Operator::Mult => complex_mul(a, b),
        Operator::Div => complex_div(a, b)?,
        Operator::Pow => complex_pow(a, b)?,
        _ => return None,
    };
    if !re.is_finite() || !im.is_finite() {
        return None;
    }
    Some(Constant::Complex { real: re, imag: im })
}

fn complex_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot` (Smith's algorithm); None when dividing by zero.
fn complex_div(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    }
}

/// CPython's `complex_pow`: small integer exponents by repeated multiplication, others
/// in polar form (`_Py_c_pow`); None for 0 to a negative or complex power, or overflow.
fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (re, im) = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            complex_powu(a, n as u64)
        } else {
            complex_div((1.0, 0.0), complex_powu(a, n.unsigned_abs()))?
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    (re.is_finite() && im.is_finite()).then_some((re, im))
}

/// CPython's `c_powu`: binary exponentiation.
fn complex_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    r
}

/// Python's floor division and modulo (the remainder takes the divisor's sign).
fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    use num_integer::Integer;
    a.div_mod_floor(b)
}

/// CPython's `fold_subscr`: indexing a constant str, bytes or tuple with a constant int.
fn fold_subscript(value: Constant, index: Constant) -> Option<Constant> {
    if !is_intlike(&index) {
        return None;
    }
    let i = as_big(&index)?.to_i64()?;
    let pick = |len: usize| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    match value {
        Constant::Str(s) => {
            let n = s.chars().count();
            let c = s.chars().nth(pick(n)?)?;
            Some(Constant::Str(Rc::from(c.to_string().as_str())))
        }
        Constant::Bytes(b) => Some(Constant::Int(b[pick(b.len())?] as i64)),
        Constant::Tuple(t) => Some(t[pick(t.len())?].clone()),
        _ => None,
    }
}
