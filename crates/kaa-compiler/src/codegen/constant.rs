//! Compile-time constants: literals, and the folding CPython's AST optimizer does
//! (negative numbers, tuples of constants, arithmetic on small constants), so that
//! `co_consts` holds what CPython's does and constant tests compile to straight-line code.

use std::rc::Rc;

use kaa_bytecode::Constant;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{Expr, Number, Operator, UnaryOp};

use super::Compiler;

/// Longest string or bytes constant folding may create (CPython's MAX_STR_SIZE).
const MAX_STR_SIZE: usize = 4096;
/// Largest int, in bits, folding may create (CPython's MAX_INT_SIZE).
const MAX_INT_BITS: u64 = 128;
/// Longest tuple folding may create by repetition (CPython's MAX_COLLECTION_SIZE).
const MAX_COLLECTION_SIZE: usize = 256;

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
            _ => None,
        }
    }

    /// The truth value of `expr` when it is a constant.
    pub fn constant_truth(&self, expr: &Expr) -> Option<bool> {
        self.constant_of(expr).map(|c| truth(&c))
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
        Constant::Tuple(t) => !t.is_empty(),
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

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) if i.unsigned_abs() <= (1u64 << 53) => Some(*i as f64),
        Constant::Bool(b) => Some(*b as i64 as f64),
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

fn fold_binary(l: Constant, op: Operator, r: Constant) -> Option<Constant> {
    if is_intlike(&l) && is_intlike(&r) {
        let (a, b) = (as_big(&l)?, as_big(&r)?);
        let result = match op {
            Operator::Add => a + b,
            Operator::Sub => a - b,
            Operator::Mult => {
                if a.bits() + b.bits() > MAX_INT_BITS {
                    return None;
                }
                a * b
            }
            Operator::FloorDiv | Operator::Mod => {
                if b.is_zero() {
                    return None;
                }
                let (q, m) = floor_divmod(&a, &b);
                if op == Operator::FloorDiv { q } else { m }
            }
            Operator::Pow => {
                if b.is_negative() {
                    return None;
                }
                let exp = b.to_u64()?;
                if a.bits().saturating_mul(exp) > MAX_INT_BITS {
                    return None;
                }
                num_traits::pow(a, exp as usize)
            }
            Operator::LShift => {
                let shift = b.to_u64()?;
                if b.is_negative() || a.bits() + shift > MAX_INT_BITS {
                    return None;
                }
                a << shift as usize
            }
            Operator::RShift => {
                if b.is_negative() {
                    return None;
                }
                let shift = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
                // Python's >> floors toward negative infinity, as BigInt's does.
                a >> shift as usize
            }
            Operator::BitAnd => a & b,
            Operator::BitOr => a | b,
            Operator::BitXor => a ^ b,
            _ => return None,
        };
        return Some(from_big(result));
    }
    match (&l, &r) {
        (Constant::Str(a), Constant::Str(b)) if op == Operator::Add => {
            if a.len() + b.len() > MAX_STR_SIZE {
                return None;
            }
            Some(Constant::Str(Rc::from(format!("{a}{b}").as_str())))
        }
        (Constant::Str(s), n) | (n, Constant::Str(s)) if op == Operator::Mult && is_intlike(n) => {
            let count = as_big(n)?.to_i64()?.max(0) as usize;
            if s.len().saturating_mul(count) > MAX_STR_SIZE {
                return None;
            }
            Some(Constant::Str(Rc::from(s.repeat(count).as_str())))
        }
        (Constant::Tuple(t), n) | (n, Constant::Tuple(t)) if op == Operator::Mult && is_intlike(n) => {
            let count = as_big(n)?.to_i64()?.max(0) as usize;
            if t.len().saturating_mul(count) > MAX_COLLECTION_SIZE {
                return None;
            }
            let items: Vec<Constant> = (0..count).flat_map(|_| t.iter().cloned()).collect();
            Some(Constant::Tuple(Rc::from(items)))
        }
        (Constant::Tuple(a), Constant::Tuple(b)) if op == Operator::Add => {
            let items: Vec<Constant> = a.iter().chain(b.iter()).cloned().collect();
            Some(Constant::Tuple(Rc::from(items)))
        }
        _ => {
            // Float arithmetic that is exact IEEE and cannot fail.
            let (a, b) = (as_float(&l)?, as_float(&r)?);
            if !matches!(l, Constant::Float(_)) && !matches!(r, Constant::Float(_)) {
                return None;
            }
            match op {
                Operator::Add => Some(Constant::Float(a + b)),
                Operator::Sub => Some(Constant::Float(a - b)),
                Operator::Mult => Some(Constant::Float(a * b)),
                Operator::Div if b != 0.0 => Some(Constant::Float(a / b)),
                _ => None,
            }
        }
    }
}

/// Python's floor division and modulo (the remainder takes the divisor's sign).
fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    use num_integer::Integer;
    a.div_mod_floor(b)
}
