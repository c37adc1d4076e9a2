//! Arithmetic: binary and unary operators on numbers, with CPython's results and error
//! messages (floor division and modulo rounding toward negative infinity, exact int
//! true division, `**` with negative exponents giving floats, big-int promotion).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use kaa_bytecode::BinaryOp;

use crate::error::PyResult;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// An int operand: inline or big.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// The int value of `v`: an int, a bool, or an instance of an int subclass (its base
/// int), as CPython's `PyLong_Check` accepts subclasses. (Operators reach instances'
/// own special methods before anything looks at their int value.)
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Some(IntRef::Big(b)),
            Object::Instance(i) => i.base().and_then(as_int),
            _ => None,
        },
        _ => None,
    }
}

impl IntRef<'_> {
    fn big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
}

/// A BigInt result as a value (inline when it fits).
pub fn int_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::from_obj(Object::BigInt(b)),
    }
}

/// Python floor division and modulo of i64s (None on division by zero; overflow only for
/// i64::MIN // -1, handled by the caller through BigInt).
#[inline]
pub fn floor_divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    if b == 0 || (a == i64::MIN && b == -1) {
        return None;
    }
    let (q, r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// Python's float modulo.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float floor division.
pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

/// Exact int / int as a correctly rounded float.
pub fn int_true_divide(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale so the quotient has 55+ significant bits, divide exactly, then round once.
    let negative = a.is_negative() != b.is_negative();
    let (n, d) = (a.abs(), b.abs());
    let shift = 60i64 - (n.bits() as i64 - d.bits() as i64);
    let (n2, d2) = if shift >= 0 { (n << shift as usize, d) } else { (n, d << (-shift) as usize) };
    let (q, r) = n2.div_rem(&d2);
    // q has 60 or 61 bits; fold the remainder into a sticky bit, then convert (the
    // conversion rounds to nearest even on the exact bit pattern).
    let q = (q << 1usize) | BigInt::from(!r.is_zero() as u8);
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - 1;
    let result = if exp > 1023 {
        f64::INFINITY
    } else if exp < -1074 - 64 {
        0.0
    } else {
        let mut v = qf;
        let mut e = exp;
        while e > 0 {
            let step = e.min(1000);
            v *= 2f64.powi(step);
            e -= step;
        }
        while e < 0 {
            let step = (-e).min(1000);
            v /= 2f64.powi(step);
            e += step;
        }
        v
    };
    if result.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -result } else { result })
}

fn pow_float(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A negative number to a fractional power is complex.
        return complex_pow(vm, (x, 0.0), (y, 0.0));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        let t = vm.exc.overflow_error.clone();
        let args = vec![Value::Int(34), vm.str_val("Numerical result out of range")];
        return Err(crate::error::PyErr(vm.new_exception(&t, args)));
    }
    Ok(Value::Float(r))
}

/// Complex product.
fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex quotient by Smith's method (scaling by the larger part of the divisor), as
/// CPython computes it; `None` for division by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // A NaN part: the comparisons above both failed.
        Some((f64::NAN, f64::NAN))
    }
}

/// `z ** n` for a small integer `n`, by repeated squaring (CPython does this for
/// integral exponents up to 100 in magnitude, which is exact where the general formula
/// is not: `1j ** 2 == -1`).
fn c_powi(x: (f64, f64), n: i64) -> Option<(f64, f64)> {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut m = n.unsigned_abs();
    while m > 0 {
        if m & 1 == 1 {
            r = c_prod(r, p);
        }
        m >>= 1;
        if m > 0 {
            p = c_prod(p, p);
        }
    }
    if n < 0 {
        c_quot((1.0, 0.0), r)
    } else {
        Some(r)
    }
}

fn complex_pow(vm: &mut Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let r = c_powi(a, b.0 as i64).ok_or_else(|| vm.zero_division("0.0 to a negative or complex power"))?;
        if (r.0.is_infinite() || r.1.is_infinite()) && a.0.is_finite() && a.1.is_finite() {
            return Err(vm.overflow_error("complex exponentiation"));
        }
        return Ok(Value::from_obj(Object::Complex(r.0, r.1)));
    }
    if b == (0.0, 0.0) {
        return Ok(Value::from_obj(Object::Complex(1.0, 0.0)));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok(Value::from_obj(Object::Complex(0.0, 0.0)));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok(Value::from_obj(Object::Complex(len * phase.cos(), len * phase.sin())))
}

fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Bool(b) => Some((*b as i64 as f64, 0.0)),
        Value::Float(f) => Some((*f, 0.0)),
        Value::Obj(o) => match &**o {
            Object::Complex(re, im) => Some((*re, *im)),
            Object::BigInt(b) => b.to_f64().map(|f| (f, 0.0)),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// `a <op> b` (or the augmented form when `inplace`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Value> {
        // Fast paths for small ints and floats.
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                if let Some(v) = int_fast(*x, *y, op) {
                    return Ok(v);
                }
            }
            (Value::Float(x), Value::Float(y)) => {
                if let Some(v) = float_fast(*x, *y, op) {
                    return Ok(v);
                }
            }
            _ => {}
        }
        let is_instance = crate::protocols::instance::has_python_class;
        if is_instance(a) || is_instance(b) {
            if let Some(r) = self.binary_dunder(a, b, op, inplace)? {
                return Ok(r);
            }
            // Instances of builtin subclasses that don't override the operator: the
            // builtin operation on the values they extend.
            let (ba, bb) = (self.builtin_base(a), self.builtin_base(b));
            if ba.is_some() || bb.is_some() {
                let (x, y) = (ba.unwrap_or_else(|| a.clone()), bb.unwrap_or_else(|| b.clone()));
                if !is_instance(&x) && !is_instance(&y) {
                    if let Some(r) = self.builtin_binary(&x, &y, op, inplace)? {
                        return Ok(r);
                    }
                }
            }
            // `n * seq` with an object that has __index__: the sequence repeats itself.
            if op == BinaryOp::Multiply && is_instance(a) && !is_instance(b) {
                if let Some(r) = crate::types::sequence_binary(self, b, a, op, false)? {
                    return Ok(r);
                }
            }
            // The class's methods declined: the sequence's own operation has the last
            // word (CPython's sq_concat/sq_repeat), with its own error.
            let seq_name = |v: &Value| match v {
                Value::Obj(o) => match &**o {
                    Object::Str(_) => Some("str"),
                    Object::List(_) => Some("list"),
                    Object::Tuple(_) => Some("tuple"),
                    Object::Bytes(_) => Some("bytes"),
                    Object::ByteArray(_) => Some("bytearray"),
                    _ => None,
                },
                _ => None,
            };
            match op {
                BinaryOp::Multiply if !self.has_index(a) && seq_name(b).is_some() && is_instance(a) => {
                    let tn = self.type_name(a);
                    return Err(self.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
                }
                BinaryOp::Multiply if !self.has_index(b) && seq_name(a).is_some() && is_instance(b) => {
                    let tn = self.type_name(b);
                    return Err(self.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
                }
                BinaryOp::Add if is_instance(b) && seq_name(a).is_some() => {
                    let (sn, tn) = (seq_name(a).unwrap_or_default(), self.type_name(b));
                    return Err(self.type_error(if sn == "bytes" || sn == "bytearray" {
                        format!("can't concat {tn} to {sn}")
                    } else {
                        format!("can only concatenate {sn} (not \"{tn}\") to {sn}")
                    }));
                }
                _ => {}
            }
        } else if let Some(r) = self.builtin_binary(a, b, op, inplace)? {
            return Ok(r);
        }
        // `int | None`: type.__or__ makes a types.UnionType.
        let is_type = |v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Object::Type(_)));
        if op == BinaryOp::Or && (is_type(a) || is_type(b)) {
            let types = self.import_module_level("types", true, 0)?;
            let union_or = self.getattr_str(&types, "_union_or")?;
            let r = self.call(&union_or, &[a.clone(), b.clone()], &[])?;
            if !matches!(&r, Value::Obj(o) if matches!(&**o, Object::NotImplemented)) {
                return Ok(r);
            }
        }
        Err(self.unsupported_operands(a, b, op, inplace))
    }

    /// `cls[item]` for the builtin generic classes: a `types.GenericAlias`.
    pub fn generic_alias(&mut self, cls: &Value, item: &Value) -> PyResult<Value> {
        let types = self.import_module_level("types", true, 0)?;
        let alias = self.getattr_str(&types, "GenericAlias")?;
        self.call(&alias, &[cls.clone(), item.clone()], &[])
    }

    pub fn unsupported_operands(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> crate::error::PyErr {
        let (an, bn) = (self.type_name(a), self.type_name(b));
        let sym = if inplace { format!("{}=", op.symbol()) } else { op.symbol().to_string() };
        if op == BinaryOp::Power && !inplace {
            return self.type_error(format!("unsupported operand type(s) for ** or pow(): '{an}' and '{bn}'"));
        }
        self.type_error(format!("unsupported operand type(s) for {sym}: '{an}' and '{bn}'"))
    }

    /// Operators between builtin types; `None` when the combination is unsupported.
    pub fn builtin_binary(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Option<Value>> {
        // Bool with bool stays bool for &, |, ^.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinaryOp::And => return Ok(Some(Value::Bool(x & y))),
                BinaryOp::Or => return Ok(Some(Value::Bool(x | y))),
                BinaryOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            return self.int_binary(x, y, op).map(Some);
        }
        let float_operand = |v: &Value| matches!(v, Value::Float(_));
        if (float_operand(a) || float_operand(b)) && as_complex(a).is_some() && as_complex(b).is_some() {
            let complex = |v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Object::Complex(..)));
            if !complex(a) && !complex(b) {
                if matches!(
                    op,
                    BinaryOp::And
                        | BinaryOp::Or
                        | BinaryOp::Xor
                        | BinaryOp::LShift
                        | BinaryOp::RShift
                        | BinaryOp::MatrixMultiply
                ) {
                    return Ok(None);
                }
                let x = self.to_f64(a)?;
                let y = self.to_f64(b)?;
                return self.float_binary(x, y, op).map(Some);
            }
        }
        if let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) {
            let complex = |v: &Value| matches!(v, Value::Obj(o) if matches!(&**o, Object::Complex(..)));
            if complex(a) || complex(b) {
                return self.complex_binary(x, y, op);
            }
        }
        crate::types::sequence_binary(self, a, b, op, inplace)
    }

    fn int_binary(&mut self, x: IntRef, y: IntRef, op: BinaryOp) -> PyResult<Value> {
        if let (IntRef::Small(a), IntRef::Small(b)) = (&x, &y) {
            if let Some(v) = int_fast(*a, *b, op) {
                return Ok(v);
            }
        }
        let (a, b) = (x.big(), y.big());
        Ok(match op {
            BinaryOp::Add => int_value(a + b),
            BinaryOp::Subtract => int_value(a - b),
            BinaryOp::Multiply => int_value(a * b),
            BinaryOp::FloorDivide => {
                if b.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                int_value(a.div_floor(&b))
            }
            BinaryOp::Remainder => {
                if b.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                int_value(a.mod_floor(&b))
            }
            BinaryOp::TrueDivide => Value::Float(int_true_divide(self, &a, &b)?),
            BinaryOp::Power => return self.int_pow(&a, &b),
            BinaryOp::LShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if a.is_zero() {
                    return Ok(Value::Int(0));
                }
                // A result over 2 GiB is refused up front (num-bigint cannot fail
                // gracefully); CPython's allocation fails there with MemoryError too.
                let Some(shift) = b.to_usize().filter(|s| *s < (1 << 34)) else {
                    return Err(self.memory_error());
                };
                int_value(a << shift)
            }
            BinaryOp::RShift => {
                if b.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match b.to_usize() {
                    Some(s) => int_value(a >> s),
                    None => Value::Int(if a.is_negative() { -1 } else { 0 }),
                }
            }
            BinaryOp::And => int_value(a & b),
            BinaryOp::Or => int_value(a | b),
            BinaryOp::Xor => int_value(a ^ b),
            BinaryOp::MatrixMultiply => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
            }
        })
    }

    fn int_pow(&mut self, a: &BigInt, b: &BigInt) -> PyResult<Value> {
        if b.is_negative() {
            let x = crate::types::bigint_to_f64(self, a)?;
            let y = crate::types::bigint_to_f64(self, b)?;
            return pow_float(self, x, y);
        }
        let Some(exp) = b.to_u64() else {
            if a.is_zero() || a == &BigInt::from(1) {
                return Ok(int_value(a.clone()));
            }
            if a == &BigInt::from(-1) {
                return Ok(Value::Int(if b.is_odd() { -1 } else { 1 }));
            }
            return Err(self.memory_error());
        };
        if a.bits().saturating_mul(exp) > (1 << 36) {
            return Err(self.memory_error());
        }
        Ok(int_value(num_traits::pow::pow(a.clone(), exp as usize)))
    }

    fn float_binary(&mut self, x: f64, y: f64, op: BinaryOp) -> PyResult<Value> {
        if let Some(v) = float_fast(x, y, op) {
            return Ok(v);
        }
        Ok(Value::Float(match op {
            BinaryOp::TrueDivide => return Err(self.zero_division("float division by zero")),
            BinaryOp::FloorDivide => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_floordiv(x, y)
            }
            BinaryOp::Remainder => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_mod(x, y)
            }
            BinaryOp::Power => return pow_float(self, x, y),
            _ => return Err(self.unsupported_operands(&Value::Float(x), &Value::Float(y), op, false)),
        }))
    }

    fn complex_binary(&mut self, a: (f64, f64), b: (f64, f64), op: BinaryOp) -> PyResult<Option<Value>> {
        let c = |re: f64, im: f64| Value::from_obj(Object::Complex(re, im));
        Ok(Some(match op {
            BinaryOp::Add => c(a.0 + b.0, a.1 + b.1),
            BinaryOp::Subtract => c(a.0 - b.0, a.1 - b.1),
            BinaryOp::Multiply => {
                let (re, im) = c_prod(a, b);
                c(re, im)
            }
            BinaryOp::TrueDivide => match c_quot(a, b) {
                Some((re, im)) => c(re, im),
                None => return Err(self.zero_division("complex division by zero")),
            },
            BinaryOp::Power => complex_pow(self, a, b)?,
            _ => return Ok(None),
        }))
    }

    /// `-v`, `+v`, `~v`.
    pub fn unary_op(&mut self, v: &Value, op: kaa_bytecode::Op) -> PyResult<Value> {
        use kaa_bytecode::Op;
        match (op, v) {
            (Op::UnaryNegative, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => int_value(-BigInt::from(*i)),
            }),
            (Op::UnaryNegative, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (Op::UnaryNegative, Value::Float(f)) => Ok(Value::Float(-f)),
            (Op::UnaryPositive, Value::Int(_) | Value::Float(_)) => Ok(v.clone()),
            (Op::UnaryPositive, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (Op::UnaryInvert, Value::Int(i)) => Ok(Value::Int(!i)),
            (Op::UnaryInvert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (Op::UnaryNot, _) => Ok(Value::Bool(!self.truthy(v)?)),
            (_, Value::Obj(o)) => match (op, &**o) {
                (Op::UnaryNegative, Object::BigInt(b)) => Ok(int_value(-b)),
                (Op::UnaryPositive, Object::BigInt(_)) => Ok(v.clone()),
                (Op::UnaryInvert, Object::BigInt(b)) => Ok(int_value(-b - 1)),
                (Op::UnaryNegative, Object::Complex(re, im)) => Ok(Value::from_obj(Object::Complex(-re, -im))),
                (Op::UnaryPositive, Object::Complex(..)) => Ok(v.clone()),
                (_, Object::Instance(_)) => {
                    let name = match op {
                        Op::UnaryNegative => "__neg__",
                        Op::UnaryPositive => "__pos__",
                        _ => "__invert__",
                    };
                    match self.call_dunder(v, name, &[])? {
                        Some(r) => Ok(r),
                        None => Err(self.bad_unary(v, op)),
                    }
                }
                _ => Err(self.bad_unary(v, op)),
            },
            _ => Err(self.bad_unary(v, op)),
        }
    }

    fn bad_unary(&mut self, v: &Value, op: kaa_bytecode::Op) -> crate::error::PyErr {
        use kaa_bytecode::Op;
        let sym = match op {
            Op::UnaryNegative => "unary -",
            Op::UnaryPositive => "unary +",
            _ => "unary ~",
        };
        let name = self.type_name(v);
        self.type_error(format!("bad operand type for {sym}: '{name}'"))
    }

    /// Binary operators on instances of classes through their special methods.
    fn binary_dunder(&mut self, a: &Value, b: &Value, op: BinaryOp, inplace: bool) -> PyResult<Option<Value>> {
        let (name, rname, iname) = op.dunders();
        if inplace {
            if let Some(r) = self.call_dunder_binary(a, iname, b)? {
                return Ok(Some(r));
            }
        }
        let a_is_instance = crate::protocols::instance::has_python_class(a);
        let b_is_instance = crate::protocols::instance::has_python_class(b);
        let a_ty = self.type_of(a);
        let b_ty = self.type_of(b);
        let same = std::rc::Rc::ptr_eq(&a_ty, &b_ty);
        let b_first = !same && b_is_instance && self.is_subclass_ref(&b_ty, &a_ty);
        if b_first {
            if let Some(r) = self.call_dunder_binary(b, rname, a)? {
                return Ok(Some(r));
            }
        }
        if a_is_instance {
            if let Some(r) = self.call_dunder_binary(a, name, b)? {
                return Ok(Some(r));
            }
        } else {
            // A builtin left operand's operation takes an instance of a builtin subclass
            // as the value it extends (`[0] + Stack([1])`).
            let b_value = self.builtin_base(b).unwrap_or_else(|| b.clone());
            if let Some(r) = self.builtin_binary(a, &b_value, op, false)? {
                return Ok(Some(r));
            }
        }
        if !same && !b_first && b_is_instance {
            if let Some(r) = self.call_dunder_binary(b, rname, a)? {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Calls `obj.<name>(arg)` if the type defines it; `None` if it doesn't or the
    /// result is NotImplemented.
    pub fn call_dunder_binary(&mut self, obj: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
        match self.call_dunder(obj, name, std::slice::from_ref(arg))? {
            Some(Value::Obj(o)) if matches!(&*o, Object::NotImplemented) => Ok(None),
            other => Ok(other),
        }
    }
}

/// Small-int fast path: `None` when the result needs a big int or an error.
#[inline(always)]
pub fn int_fast(x: i64, y: i64, op: BinaryOp) -> Option<Value> {
    Some(match op {
        BinaryOp::Add => Value::Int(x.checked_add(y)?),
        BinaryOp::Subtract => Value::Int(x.checked_sub(y)?),
        BinaryOp::Multiply => Value::Int(x.checked_mul(y)?),
        BinaryOp::FloorDivide => Value::Int(floor_divmod_i64(x, y)?.0),
        BinaryOp::Remainder => Value::Int(floor_divmod_i64(x, y)?.1),
        BinaryOp::TrueDivide => {
            if y == 0 || x.unsigned_abs() > 1 << 53 || y.unsigned_abs() > 1 << 53 {
                return None;
            }
            Value::Float(x as f64 / y as f64)
        }
        BinaryOp::And => Value::Int(x & y),
        BinaryOp::Or => Value::Int(x | y),
        BinaryOp::Xor => Value::Int(x ^ y),
        BinaryOp::LShift => {
            if !(0..64).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if r >> y != x {
                return None;
            }
            Value::Int(r)
        }
        BinaryOp::RShift => {
            if y < 0 {
                return None;
            }
            Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        BinaryOp::Power => {
            if !(0..=u32::MAX as i64).contains(&y) {
                return None;
            }
            Value::Int(x.checked_pow(y as u32)?)
        }
        BinaryOp::MatrixMultiply => return None,
    })
}

/// Float fast path: `None` for division by zero and the operators needing care.
#[inline(always)]
pub fn float_fast(x: f64, y: f64, op: BinaryOp) -> Option<Value> {
    Some(Value::Float(match op {
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => x * y,
        BinaryOp::TrueDivide if y != 0.0 => x / y,
        _ => return None,
    }))
}
