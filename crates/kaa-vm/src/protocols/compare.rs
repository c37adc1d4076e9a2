//! Comparisons: `==`, `<` and friends with CPython's rules — exact int/float comparison,
//! lexicographic sequences, reflected operands, and the TypeError for unorderable types.

use std::cmp::Ordering;
use std::rc::Rc;

use kaa_bytecode::CompareOp;
use num_bigint::BigInt;

use crate::error::PyResult;
use crate::object::Object;
use crate::value::ObjRef;
use crate::value::Value;
use crate::vm::Vm;

/// Compares an int with a float exactly (no rounding of large ints).
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fi = num_bigint::BigInt::from(fl as i128);
    let fi = if fl.abs() >= 1e38 { bigint_from_f64(fl) } else { fi };
    match i.cmp(&fi) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// The exact integer value of a finite, integral float.
pub fn bigint_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

fn cmp_i64_f64(i: i64, f: f64) -> Option<Ordering> {
    if (i.unsigned_abs()) < (1u64 << 53) {
        return (i as f64).partial_cmp(&f);
    }
    cmp_int_float(&BigInt::from(i), f)
}

/// A number as an exact value for cross-type comparison.
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &**o {
            Object::BigInt(b) => Some(Num::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

fn cmp_nums(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(&y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Small(x), Num::Float(y)) => cmp_i64_f64(x, y),
        (Num::Float(x), Num::Small(y)) => cmp_i64_f64(y, x).map(Ordering::reverse),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Big(x), Num::Small(y)) => Some(x.cmp(&BigInt::from(y))),
        (Num::Small(x), Num::Big(y)) => Some(BigInt::from(x).cmp(y)),
        (Num::Big(x), Num::Float(y)) => cmp_int_float(x, y),
        (Num::Float(x), Num::Big(y)) => cmp_int_float(y, x).map(Ordering::reverse),
    }
}

fn ordering_matches(o: Option<Ordering>, op: CompareOp) -> bool {
    match o {
        None => op == CompareOp::Ne,
        Some(o) => match op {
            CompareOp::Lt => o == Ordering::Less,
            CompareOp::Le => o != Ordering::Greater,
            CompareOp::Eq => o == Ordering::Equal,
            CompareOp::Ne => o != Ordering::Equal,
            CompareOp::Gt => o == Ordering::Greater,
            CompareOp::Ge => o != Ordering::Less,
        },
    }
}

/// Equality decidable without running Python code; `None` when Python `__eq__` may be
/// involved (instances of classes).
pub fn eq_fast(a: &Value, b: &Value) -> Option<bool> {
    // Identity implies equality here, as in CPython's PyObject_RichCompareBool (a float
    // is identical to a float with the same bits: a NaN finds itself in a dict).
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) if Rc::ptr_eq(x, y) => return Some(true),
        (Value::Float(x), Value::Float(y)) if x.to_bits() == y.to_bits() => return Some(true),
        _ => {}
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Some(cmp_nums(x, y) == Some(Ordering::Equal));
    }
    match (a, b) {
        (Value::None, Value::None) => Some(true),
        (Value::None, _) | (_, Value::None) => {
            let other = if a.is_none() { b } else { a };
            if is_python_comparable(other) {
                None
            } else {
                Some(false)
            }
        }
        (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
            (Object::Str(s), Object::Str(t)) => Some(s.as_str() == t.as_str()),
            (Object::Bytes(s), Object::Bytes(t)) => Some(s == t),
            (Object::Bytes(_) | Object::ByteArray(_), Object::Bytes(_) | Object::ByteArray(_)) => {
                Some(crate::types::bytes_like(a) == crate::types::bytes_like(b))
            }
            // Tuples compare their common items before their lengths (lists, in the
            // slow path, look at the lengths first).
            (Object::Tuple(s), Object::Tuple(t)) => {
                for (p, q) in s.iter().zip(t.iter()) {
                    if !eq_fast(p, q)? {
                        return Some(false);
                    }
                }
                Some(s.len() == t.len())
            }
            (Object::Complex(a1, b1), Object::Complex(a2, b2)) => Some(a1 == a2 && b1 == b2),
            (Object::Instance(_), _) | (_, Object::Instance(_)) => None,
            (Object::Exception(_), _) | (_, Object::Exception(_)) => None,
            (Object::FrozenSet(_), _) | (_, Object::FrozenSet(_)) => None,
            (Object::Set(_), _) | (_, Object::Set(_)) => None,
            (Object::List(_), _) | (_, Object::List(_)) => None,
            (Object::Dict(_), _) | (_, Object::Dict(_)) => None,
            (Object::Range(_), Object::Range(_)) => None,
            (Object::BoundMethod(_), Object::BoundMethod(_)) => None,
            (Object::BuiltinFunction(_), Object::BuiltinFunction(_)) => None,
            (Object::Cell(_), Object::Cell(_)) => None,
            (Object::Code(_), Object::Code(_)) => None,
            (Object::DictView(..), _) | (_, Object::DictView(..)) => None,
            (Object::Slice(_), Object::Slice(_)) => None,
            // Classes whose metaclass may define __eq__.
            _ if is_python_comparable(a) || is_python_comparable(b) => None,
            _ => Some(false),
        },
        (Value::Obj(o), _) | (_, Value::Obj(o)) => match &**o {
            Object::Instance(_) | Object::Exception(_) | Object::Native(_) | Object::Complex(..) => None,
            _ => Some(false),
        },
        _ => Some(false),
    }
}

/// A dict keys or items view (values views are not set-like).
fn is_set_like_view(o: &Object) -> bool {
    matches!(o, Object::DictView(_, k) if *k != crate::object::DictViewKind::Values)
}

/// A set, frozenset, or set-like dict view.
fn is_set_like(o: &Object) -> bool {
    matches!(o, Object::Set(_) | Object::FrozenSet(_)) || is_set_like_view(o)
}

/// Whether comparing with this value may run Python code.
fn is_python_comparable(v: &Value) -> bool {
    crate::protocols::instance::has_python_class(v)
}

impl Vm {
    /// `a == b` as a bool.
    pub fn eq_bool(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = eq_fast(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CompareOp::Eq)?;
        self.truthy(&r)
    }

    /// `a <op> b` as a bool.
    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(ordering_matches(cmp_nums(x, y), op));
        }
        let r = self.rich_compare(a, b, op)?;
        self.truthy(&r)
    }

    /// `a <op> b` (the value of a comparison expression).
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(Value::Bool(ordering_matches(cmp_nums(x, y), op)));
        }
        // Each comparison is a level of recursion for CPython (`PyObject_RichCompare`):
        // nested containers, or `__eq__` methods that compare again.
        self.enter_native_for(" in comparison")?;
        let r = self.rich_compare_slow(a, b, op);
        self.leave_native();
        r
    }

    fn rich_compare_slow(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        // A subclass operand that overrides the reflected method goes first.
        let reflected = op.swapped();
        let a_ty = self.type_of(a);
        let b_ty = self.type_of(b);
        let mut tried_reflected = false;
        if !Rc::ptr_eq(&a_ty, &b_ty) && self.is_subclass_ref(&b_ty, &a_ty) && self.overrides(&b_ty, reflected.dunder())
        {
            tried_reflected = true;
            let r = self.compare_once(b, a, reflected)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let r = self.compare_once(a, b, op)?;
        if !self.is_not_implemented(&r) {
            return Ok(r);
        }
        if !tried_reflected {
            let r = self.compare_once(b, a, reflected)?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::Bool(a.is(b))),
            CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (an, bn) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!("'{}' not supported between instances of '{an}' and '{bn}'", op.symbol())))
            }
        }
    }

    fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if matches!(&**o, Object::NotImplemented))
    }

    /// Whether `ty` (or a base other than the builtin ones) defines `name` itself,
    /// i.e. a class overrides it.
    fn overrides(&self, ty: &crate::value::ObjRef, name: &str) -> bool {
        let t = ty.as_type().expect("type");
        t.is_heap
            && t.lookup(name)
                .is_some_and(|v| !matches!(&v, Value::Obj(o) if matches!(&**o, Object::MethodDescriptor(_))))
    }

    /// `a < b` for `list.sort` when every key is of `a`'s exact class (CPython's
    /// `unsafe_object_compare`): the class's `__lt__` called directly — no recursion
    /// level, no reflected attempt — and the full comparison only if it returns
    /// NotImplemented.
    pub fn sort_lt_same_class(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare_once(a, b, CompareOp::Lt)?;
        if self.is_not_implemented(&r) {
            return self.compare_bool(a, b, CompareOp::Lt);
        }
        match r {
            Value::Bool(x) => Ok(x),
            other => self.truthy(&other),
        }
    }

    /// `sort_lt_same_class` for keys of a native module's type whose `__lt__` is `f`.
    pub fn sort_lt_native(
        &mut self,
        f: crate::objects::builtin_func::NativeFn,
        a: &Value,
        b: &Value,
    ) -> PyResult<bool> {
        let args = [a.clone(), b.clone()];
        let r = f(self, crate::objects::builtin_func::Args::new(&args))?;
        if self.is_not_implemented(&r) {
            return self.compare_bool(a, b, CompareOp::Lt);
        }
        match r {
            Value::Bool(x) => Ok(x),
            other => self.truthy(&other),
        }
    }

    /// `object.__ne__`: the result of `a.__eq__(b)` inverted, unless NotImplemented.
    pub fn object_ne(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let r = self.compare_once(a, b, CompareOp::Eq)?;
        if self.is_not_implemented(&r) {
            return Ok(r);
        }
        Ok(Value::Bool(!self.truthy(&r)?))
    }

    /// One attempt: `a.__op__(b)`, NotImplemented if it doesn't apply.
    fn compare_once(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
        if let Value::Obj(_) = a {
            if crate::protocols::instance::has_python_class(a) {
                let ty = self.type_of(a);
                if let Some(method) = ty.as_type().expect("type").lookup(op.dunder()) {
                    if !self.is_builtin_slot(a, op.dunder(), &method) {
                        return self.call_slot(&method, a, std::slice::from_ref(b));
                    }
                    if op == CompareOp::Ne {
                        // The inherited object.__ne__ defers to the class's __eq__.
                        return self.object_ne(a, b);
                    }
                }
            }
        }
        // The builtin comparison, on the values instances of builtin subclasses extend.
        let (ba, bb) = (self.builtin_base(a), self.builtin_base(b));
        let (a, b) = (ba.as_ref().unwrap_or(a), bb.as_ref().unwrap_or(b));
        match self.builtin_compare(a, b, op)? {
            Some(r) => Ok(Value::Bool(r)),
            None => Ok(Value::Obj(self.not_implemented.clone())),
        }
    }

    /// Comparison of builtin types; `None` means NotImplemented.
    pub fn builtin_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(Some(ordering_matches(cmp_nums(x, y), op)));
        }
        // A complex number equals a real one when its imaginary part is zero and its
        // real part equals the number exactly (no rounding of big ints); complex
        // numbers have no order.
        let complex_parts = |v: &Value| match v {
            Value::Obj(o) => match &**o {
                Object::Complex(re, im) => Some((*re, *im)),
                _ => None,
            },
            _ => None,
        };
        match (complex_parts(a), complex_parts(b)) {
            (Some((re, im)), None) | (None, Some((re, im))) => {
                let other = if complex_parts(a).is_some() { b } else { a };
                let Some(n) = as_num(other) else { return Ok(None) };
                if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
                    return Ok(None);
                }
                let real = Value::Float(re);
                let eq = im == 0.0 && as_num(&real).is_some_and(|r| cmp_nums(r, n) == Some(Ordering::Equal));
                return Ok(Some(eq == (op == CompareOp::Eq)));
            }
            _ => {}
        }
        let (x, y) = match (a, b) {
            (Value::Obj(x), Value::Obj(y)) => (x, y),
            (Value::None, Value::None) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                return Ok(Some(op == CompareOp::Eq))
            }
            _ => return Ok(self.identity_compare(a, b, op)),
        };
        match (&**x, &**y) {
            (Object::Str(s), Object::Str(t)) => Ok(Some(ordering_matches(Some(s.as_str().cmp(t.as_str())), op))),
            (Object::Bytes(s), Object::Bytes(t)) => Ok(Some(ordering_matches(Some(s.cmp(t)), op))),
            (Object::Bytes(_) | Object::ByteArray(_), Object::Bytes(_) | Object::ByteArray(_)) => {
                let order = crate::types::bytes_like(a).cmp(&crate::types::bytes_like(b));
                Ok(Some(ordering_matches(Some(order), op)))
            }
            (Object::Tuple(s), Object::Tuple(t)) => {
                let (s, t) = (s.to_vec(), t.to_vec());
                self.compare_sequences(&s, &t, op).map(Some)
            }
            (Object::List(s), Object::List(t)) => self.compare_lists(s, t, op).map(Some),
            (Object::Complex(a1, b1), Object::Complex(a2, b2)) => match op {
                CompareOp::Eq => Ok(Some(a1 == a2 && b1 == b2)),
                CompareOp::Ne => Ok(Some(!(a1 == a2 && b1 == b2))),
                _ => Ok(None),
            },
            (Object::Dict(d1), Object::Dict(d2)) => match op {
                CompareOp::Eq | CompareOp::Ne => {
                    let eq = self.dicts_equal(d1, d2)?;
                    Ok(Some(eq == (op == CompareOp::Eq)))
                }
                _ => Ok(None),
            },
            (Object::Set(s1) | Object::FrozenSet(s1), Object::Set(s2) | Object::FrozenSet(s2)) => {
                crate::types::compare_sets(self, s1, s2, op).map(Some)
            }
            (Object::Range(r1), Object::Range(r2)) => match op {
                CompareOp::Eq | CompareOp::Ne => {
                    let eq = r1.len == r2.len
                        && (r1.len == 0 || (r1.start == r2.start && (r1.len == 1 || r1.step == r2.step)));
                    Ok(Some(eq == (op == CompareOp::Eq)))
                }
                _ => Ok(None),
            },
            (Object::Cell(c1), Object::Cell(c2)) => {
                let (v1, v2) = (c1.borrow().clone(), c2.borrow().clone());
                match (v1.is_null(), v2.is_null()) {
                    (false, false) => {
                        let r = self.rich_compare(&v1, &v2, op)?;
                        self.truthy(&r).map(Some)
                    }
                    (e1, e2) => Ok(Some(ordering_matches(Some((!e1).cmp(&!e2)), op))),
                }
            }
            (Object::BoundMethod(m1), Object::BoundMethod(m2)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let eq = m1.bound_self.is(&m2.bound_self) && self.eq_bool(&m1.func.clone(), &m2.func.clone())?;
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            // Builtin methods are equal when bound to the same object by the same method.
            (Object::BuiltinFunction(f1), Object::BuiltinFunction(f2))
                if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
            {
                let eq = match (&f1.bound_self, &f2.bound_self) {
                    (Some(s1), Some(s2)) => {
                        s1.is(s2) && f1.name == f2.name && f1.slot == f2.slot && f1.func as usize == f2.func as usize
                    }
                    _ => Rc::ptr_eq(x, y),
                };
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            (Object::Code(c1), Object::Code(c2)) if matches!(op, CompareOp::Eq | CompareOp::Ne) => {
                let eq = self.code_equal(c1, c2)?;
                Ok(Some(eq == (op == CompareOp::Eq)))
            }
            (Object::Slice(s1), Object::Slice(s2)) => {
                let t1 = vec![s1.start.clone(), s1.stop.clone(), s1.step.clone()];
                let t2 = vec![s2.start.clone(), s2.stop.clone(), s2.step.clone()];
                self.compare_sequences(&t1, &t2, op).map(Some)
            }
            // Keys and items views compare like sets with sets and with each other.
            (x, y) if (is_set_like_view(x) && is_set_like(y)) || (is_set_like(x) && is_set_like_view(y)) => {
                let (s1, s2) = (crate::types::to_frozenset(self, a)?, crate::types::to_frozenset(self, b)?);
                let (Value::Obj(s1), Value::Obj(s2)) = (&s1, &s2) else { unreachable!("frozensets") };
                let (Object::FrozenSet(s1), Object::FrozenSet(s2)) = (&**s1, &**s2) else { unreachable!("frozensets") };
                crate::types::compare_sets(self, s1, s2, op).map(Some)
            }
            _ => Ok(self.identity_compare(a, b, op)),
        }
    }

    /// Code objects compare by content, as CPython's `code_richcompare`: name, argument
    /// counts, flags, first line, instructions, constants (by type and value, so `0` and
    /// `0.0` differ), names, local names, positions and exception table. The qualified
    /// name and filename do not take part.
    fn code_equal(&mut self, c1: &crate::objects::code::Code, c2: &crate::objects::code::Code) -> PyResult<bool> {
        if std::ptr::eq(c1, c2) {
            return Ok(true);
        }
        let (u1, u2) = (&c1.unit, &c2.unit);
        let same_shape = u1.argcount == u2.argcount
            && u1.posonlyargcount == u2.posonlyargcount
            && u1.kwonlyargcount == u2.kwonlyargcount
            && u1.flags == u2.flags
            && u1.firstlineno == u2.firstlineno
            && c1.instrs == c2.instrs
            && u1.positions == u2.positions
            && u1.exception_table == u2.exception_table
            && c1.consts.len() == c2.consts.len()
            && c1.names.len() == c2.names.len()
            && c1.localsplus_names.len() == c2.localsplus_names.len();
        if !same_shape {
            return Ok(false);
        }
        let strs_equal = |a: &ObjRef, b: &ObjRef| a.as_str().map(|s| s.as_str()) == b.as_str().map(|s| s.as_str());
        if !strs_equal(&c1.name, &c2.name)
            || !c1.names.iter().zip(c2.names.iter()).all(|(a, b)| strs_equal(a, b))
            || !c1.localsplus_names.iter().zip(c2.localsplus_names.iter()).all(|(a, b)| strs_equal(a, b))
        {
            return Ok(false);
        }
        for (k1, k2) in c1.consts.iter().zip(c2.consts.iter()) {
            if k1.is(k2) {
                continue;
            }
            if !Rc::ptr_eq(&self.type_of(k1), &self.type_of(k2)) || !self.eq_bool(k1, k2)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn identity_compare(&self, a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
        match op {
            CompareOp::Eq if a.is(b) => Some(true),
            CompareOp::Ne if a.is(b) => Some(false),
            _ => None,
        }
    }

    /// Lexicographic comparison of two sequences (tuple/list semantics).
    /// Two lists compared as CPython does: unequal lengths decide `==` at once; items
    /// are read as the lists stand at each step (comparisons may change them).
    fn compare_lists(
        &mut self,
        s: &std::cell::RefCell<Vec<Value>>,
        t: &std::cell::RefCell<Vec<Value>>,
        op: CompareOp,
    ) -> PyResult<bool> {
        use crate::types::live_item;
        if s.borrow().len() != t.borrow().len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return Ok(op == CompareOp::Ne);
        }
        self.enter_native_for(" in comparison")?;
        let result = (|| {
            let mut i = 0;
            while let (Some(x), Some(y)) = (live_item(s, i), live_item(t, i)) {
                if !x.is(&y) && !self.eq_bool(&x, &y)? {
                    // The first differing items decide, if both are still there.
                    let (Some(x), Some(y)) = (live_item(s, i), live_item(t, i)) else { break };
                    return match op {
                        CompareOp::Eq => Ok(false),
                        CompareOp::Ne => Ok(true),
                        _ => self.compare_bool(&x, &y, op),
                    };
                }
                i += 1;
            }
            let (n, m) = (s.borrow().len(), t.borrow().len());
            Ok(ordering_matches(Some(n.cmp(&m)), op))
        })();
        self.leave_native();
        result
    }

    pub fn compare_sequences(&mut self, s: &[Value], t: &[Value], op: CompareOp) -> PyResult<bool> {
        let n = s.len().min(t.len());
        for i in 0..n {
            if !s[i].is(&t[i]) && !self.eq_bool(&s[i], &t[i])? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    _ => self.compare_bool(&s[i], &t[i], op),
                };
            }
        }
        Ok(ordering_matches(Some(s.len().cmp(&t.len())), op))
    }

    fn dicts_equal(
        &mut self,
        d1: &crate::objects::dict::DictObj,
        d2: &crate::objects::dict::DictObj,
    ) -> PyResult<bool> {
        if d1.len() != d2.len() {
            return Ok(false);
        }
        for (k, v) in d1.items() {
            match d2.get_item(self, &k)? {
                Some(v2) => {
                    if !v.is(&v2) && !self.eq_bool(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}

/// Total order used by `sorted()` fast paths: ints and floats, or strs.
#[inline]
pub fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Obj(x), Value::Obj(y)) => match (&**x, &**y) {
            (Object::Str(s), Object::Str(t)) => Some(s.as_str() < t.as_str()),
            _ => None,
        },
        _ => {
            let (x, y) = (as_num(a)?, as_num(b)?);
            Some(cmp_nums(x, y) == Some(Ordering::Less))
        }
    }
}
