//! The value representation: [`Value`], two machine words.
//!
//! `None`, booleans, ints that fit in 64 bits and floats live inline and never allocate;
//! everything else is a reference-counted heap [`Object`]. This is one of the few modules
//! allowed `unsafe` (see ARCHITECTURE.md): copying a `Value` is on every hot path, and a
//! derived `Clone` of a tagged enum copies field by field and stalls store-to-load
//! forwarding. The hand-written `Clone` bumps the reference count when there is one and
//! then copies the two words whole.

use std::mem::MaybeUninit;
use std::rc::Rc;

use crate::object::Object;

/// A reference to a heap object. One word (a thin `Rc` pointer).
pub type ObjRef = Rc<Object>;

/// A Python value.
#[repr(C, u64)]
pub enum Value {
    /// The empty marker: an unbound local, an empty cell, the NULL of a call's self slot.
    /// Never visible to Python code.
    Null,
    None,
    Bool(bool),
    /// An int in the i64 range; larger ints are `Object::BigInt`.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            // SAFETY: `o` is a live `Rc` (we hold a reference to it), so its strong count
            // may be incremented; the bitwise copy made below owns that extra count.
            unsafe { Rc::increment_strong_count(Rc::as_ptr(o)) };
        }
        // SAFETY: a `Value` is plain data plus at most one `Rc`, whose count was just
        // incremented for the copy; reading it bitwise yields a valid, independent value.
        unsafe { read_value(self) }
    }
}

/// Reads a value as its two machine words.
///
/// Values are written word by word (tag, then payload); reading them back the same way
/// lets the CPU forward the stores to the loads, where a single 16-byte load of two
/// recent 8-byte stores stalls.
///
/// # Safety
/// `src` must point at a valid `Value`; the result is a bitwise copy (the caller owns
/// any reference count that comes with it).
#[inline(always)]
pub unsafe fn read_value(src: *const Value) -> Value {
    let words = src as *const MaybeUninit<u64>;
    // SAFETY: `Value` is 16 bytes (`repr(C, u64)`: a tag word then a payload word);
    // copying its words through `MaybeUninit` preserves any uninitialised payload bytes,
    // and the two words reassemble the same value.
    unsafe {
        let tag = std::ptr::read(words);
        let payload = std::ptr::read(words.add(1));
        std::mem::transmute::<[MaybeUninit<u64>; 2], Value>([tag, payload])
    }
}

/// Writes a value as its two machine words (see [`read_value`]).
///
/// # Safety
/// `dst` must be valid for writing a `Value`; whatever it held is overwritten without
/// being dropped.
#[inline(always)]
pub unsafe fn write_value(dst: *mut Value, v: Value) {
    let words = dst as *mut MaybeUninit<u64>;
    // SAFETY: as in `read_value`; `v` is moved into the destination.
    unsafe {
        let [tag, payload] = std::mem::transmute::<Value, [MaybeUninit<u64>; 2]>(v);
        std::ptr::write(words, tag);
        std::ptr::write(words.add(1), payload);
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::Null
    }
}

impl Value {
    /// Wraps a heap object.
    #[inline]
    pub fn from_obj(o: Object) -> Value {
        Value::Obj(Rc::new(o))
    }

    #[inline(always)]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline(always)]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The heap object, if this is one.
    #[inline(always)]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// Python's `is`: identity for heap objects, equality of the inline representation
    /// otherwise (so `x is x` holds for every int and float value).
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    /// Moves the value out, leaving `Null` behind.
    #[inline(always)]
    pub fn take(&mut self) -> Value {
        std::mem::replace(self, Value::Null)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        let mut slot = MaybeUninit::<Value>::uninit();
        // SAFETY: the slot is valid for a write and read back once.
        let v = unsafe {
            write_value(slot.as_mut_ptr(), Value::Float(1.5));
            read_value(slot.as_ptr())
        };
        assert!(matches!(v, Value::Float(f) if f == 1.5));
    }

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<ObjRef>>(), 8);
    }
}
