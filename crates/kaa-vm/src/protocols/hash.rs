//! `hash()`: CPython's algorithms, so hashes (and the order of sets) match.
//!
//! Numbers hash by value modulo the Mersenne prime 2**61 - 1, so `hash(1) == hash(1.0)
//! == hash(True)`. str and bytes use SipHash-1-3 keyed by a per-process secret: random,
//! or derived from `PYTHONHASHSEED` exactly as CPython derives it (0 disables
//! randomisation). Tuples combine their items with CPython's xxHash-based mix.

use std::cell::Cell;
use std::hash::Hasher;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use siphasher::sip::SipHasher13;

use crate::error::PyResult;
use crate::object::Object;
use crate::value::Value;
use crate::vm::Vm;

/// Bits of the hash modulus.
pub const HASH_BITS: u32 = 61;
/// The hash modulus, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// hash(float('inf')).
pub const HASH_INF: i64 = 314159;

thread_local! {
    static SECRET: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// Sets the str/bytes hash key from `PYTHONHASHSEED` (or randomly).
pub fn init_secret() {
    let key = match std::env::var("PYTHONHASHSEED").ok().and_then(|s| s.trim().parse::<u32>().ok()) {
        Some(0) => (0, 0),
        Some(seed) => {
            // CPython's lcg_urandom fills the secret's bytes from the seed.
            let mut bytes = [0u8; 16];
            let mut x = seed;
            for b in bytes.iter_mut() {
                x = x.wrapping_mul(214013).wrapping_add(2531011);
                *b = ((x >> 16) & 0xff) as u8;
            }
            (
                u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
                u64::from_le_bytes(bytes[8..].try_into().expect("8 bytes")),
            )
        }
        None => random_key(),
    };
    SECRET.with(|s| s.set(key));
}

fn random_key() -> (u64, u64) {
    use std::io::Read;
    let mut bytes = [0u8; 16];
    if let Ok(mut f) = std::fs::File::open("/dev/urandom") {
        if f.read_exact(&mut bytes).is_ok() {
            return (
                u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
                u64::from_le_bytes(bytes[8..].try_into().expect("8 bytes")),
            );
        }
    }
    // No /dev/urandom: fall back on std's randomly keyed hasher.
    use std::hash::BuildHasher;
    let s = std::collections::hash_map::RandomState::new();
    (s.hash_one(1u64), s.hash_one(2u64))
}

fn siphash(data: &[u8]) -> i64 {
    let (k0, k1) = SECRET.with(|s| s.get());
    let mut h = SipHasher13::new_with_keys(k0, k1);
    h.write(data);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// Hash of a str, computed over its code points in CPython's internal width
/// (1, 2 or 4 bytes per character).
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    if max < 0x80 {
        return siphash(s.as_bytes());
    }
    let mut buf = Vec::with_capacity(s.len() * 2);
    if max < 0x100 {
        buf.extend(s.chars().map(|c| c as u8));
    } else if max < 0x10000 {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            buf.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    siphash(&buf)
}

pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    siphash(b)
}

#[inline]
pub fn hash_int(i: i64) -> i64 {
    let a = i.unsigned_abs() % HASH_MODULUS;
    let h = if i < 0 { -(a as i64) } else { a as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let a = (b.magnitude() % m.magnitude()).to_u64().unwrap_or(0) as i64;
    let h = if b.sign() == Sign::Minus { -a } else { a };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: `x = m * 2**e` with 0.5 <= |m| < 1.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * f64::powi(2.0, 64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

pub fn hash_float(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % HASH_BITS as i32 } else { HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32) };
    let e = e as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's `_Py_HashPointer`: the address rotated by 4 bits.
pub fn hash_pointer(p: usize) -> i64 {
    let y = p.rotate_right(4) as i64;
    if y == -1 {
        -2
    } else {
        y
    }
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Combines item hashes as CPython's tuple hash does.
pub fn hash_tuple_items(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's frozenset hash: a shuffle of each element hash, xor-ed, then mixed.
pub fn hash_frozenset(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= ((len as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

/// The identity of a value for `id()` and default hashes. Heap objects use their
/// address; inline values get a stable synthetic identity.
pub fn id_of(v: &Value) -> usize {
    match v {
        Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
        Value::None => 0x7f00_0000_0010,
        Value::Null => 0,
        Value::Bool(b) => 0x7f00_0000_0020 + *b as usize * 0x20,
        Value::Int(i) => 0x6000_0000_0000_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
        Value::Float(f) => 0x5000_0000_0000_0000usize ^ (f.to_bits() as usize).wrapping_mul(16),
    }
}

impl Vm {
    /// `hash(v)`: TypeError for unhashable values.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(hash_int(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => Ok(hash_float(*f)),
            Value::None => Ok(hash_pointer(id_of(v))),
            Value::Null => Ok(0),
            Value::Obj(o) => match &**o {
                Object::Str(s) => Ok(s.hash()),
                Object::BigInt(b) => Ok(hash_bigint(b)),
                Object::Tuple(items) => {
                    // CPython does not count tuple hashing against the recursion limit;
                    // only the native stack bounds it.
                    self.check_native_stack()?;
                    let mut hashes = Vec::with_capacity(items.len());
                    for item in items.iter() {
                        hashes.push(self.hash(item)?);
                    }
                    Ok(hash_tuple_items(hashes.into_iter()))
                }
                Object::Bytes(b) => Ok(hash_bytes(b)),
                Object::Complex(re, im) => {
                    let h = hash_float(*re).wrapping_add(1000003i64.wrapping_mul(hash_float(*im)));
                    Ok(if h == -1 { -2 } else { h })
                }
                Object::FrozenSet(s) => {
                    let keys = s.keys();
                    let mut hashes = Vec::with_capacity(keys.len());
                    for k in &keys {
                        hashes.push(self.hash(k)?);
                    }
                    Ok(hash_frozenset(hashes.into_iter(), keys.len()))
                }
                Object::Range(r) => {
                    let t = vec![Value::Int(r.len), Value::Int(r.start), Value::Int(r.step)];
                    let t = if r.len == 0 {
                        vec![Value::Int(0), Value::None, Value::None]
                    } else if r.len == 1 {
                        vec![Value::Int(1), Value::Int(r.start), Value::None]
                    } else {
                        t
                    };
                    let tuple = self.tuple_val(t);
                    self.hash(&tuple)
                }
                // A values view is not set-like, so it keeps object's identity hash.
                Object::DictView(_, crate::object::DictViewKind::Values) => Ok(hash_pointer(id_of(v))),
                // Cells define rich comparison, which leaves them unhashable as in CPython.
                Object::List(_)
                | Object::Dict(_)
                | Object::Set(_)
                | Object::Slice(_)
                | Object::DictView(..)
                | Object::ByteArray(_)
                | Object::Cell(_) => Err(self.unhashable(v)),
                Object::Instance(_) | Object::Exception(_) | Object::Native(_) => self.hash_instance(v),
                Object::Type(t) if t.metaclass.is_some() => self.hash_instance(v),
                // By content, consistent with code equality (which these parts take part in).
                Object::Code(c) => {
                    let name = c.name.as_str().map(|s| s.hash()).unwrap_or(0);
                    let words: Vec<u8> = c.instrs.iter().flat_map(|i| i.0.to_le_bytes()).collect();
                    let u = &c.unit;
                    let parts = [
                        name,
                        hash_bytes(&words),
                        hash_int(u.argcount as i64),
                        hash_int(u.posonlyargcount as i64),
                        hash_int(u.kwonlyargcount as i64),
                        hash_int(u.flags as i64),
                        hash_int(u.firstlineno as i64),
                        hash_int(c.consts.len() as i64),
                        // Positions relative to the first line (CPython hashes the line table).
                        u.positions.iter().fold(0i64, |h, p| {
                            let rel = p.line as i64 - u.firstlineno as i64;
                            h.wrapping_mul(1000003) ^ (rel << 40 ^ (p.col as i64) << 20 ^ p.end_col as i64)
                        }),
                    ];
                    Ok(hash_tuple_items(parts.into_iter()))
                }
                // A method hashes its object's identity with its function.
                Object::BoundMethod(m) => {
                    let a = hash_pointer(id_of(&m.bound_self));
                    let b = self.hash(&m.func)?;
                    Ok(a ^ b)
                }
                Object::BuiltinFunction(f) => match &f.bound_self {
                    Some(s) => Ok(hash_pointer(id_of(s)) ^ hash_pointer(f.func as usize)),
                    None => Ok(hash_pointer(id_of(v))),
                },
                _ => Ok(hash_pointer(id_of(v))),
            },
        }
    }

    pub fn unhashable(&mut self, v: &Value) -> crate::error::PyErr {
        let name = self.type_name(v);
        self.type_error(format!("unhashable type: '{name}'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(0.1), 230584300921369408);
        assert_eq!(hash_float(-0.5), -1152921504606846976);
        assert_eq!(hash_float(1e300), 1224995262755759164);
        assert_eq!(hash_bigint(&(BigInt::from(1) << 100)), 549755813888);
        assert_eq!(hash_tuple_items([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(hash_tuple_items([].into_iter()), 5740354900026072187);
    }

    #[test]
    fn str_hash_with_zero_seed_matches_cpython() {
        SECRET.with(|s| s.set((0, 0)));
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("abc"), -4594863902769663758);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("€"), -5529981157763016009);
        assert_eq!(hash_str("😀"), -3536540696076613844);
        assert_eq!(hash_bytes(b"ab"), 6148830537548944441);
    }
}
