//! `_random`: the Mersenne Twister (MT19937) behind `lib/random.py`, producing the same
//! streams as CPython for the same seed.
//!
//! Kaa cannot yet subclass builtin types, so instead of a `_random.Random` base class
//! the generator state is a plain list that `random.Random` keeps: the 624 state words
//! followed by the read position. The functions here read and advance that list in
//! place: `init_by_array(key)` makes a seeded state, `random(state)` gives a float in
//! [0, 1) with 53 random bits, `getrandbits(state, k)` a k-bit int. `seed_int(n)` seeds
//! from an int as CPython does (the 32-bit words of |n|, least significant first) and
//! `urandom(n)` reads the operating system's randomness (for `seed(None)` and
//! `SystemRandom`). `sha512(data)` serves seeding from str and bytes. `bind(state)`
//! returns `random` and `getrandbits` as builtin methods bound to a state list, which
//! `random.Random` installs on its instances so that `r.random()` is one native call.

use kaa_vm::objects::builtin_func::{Args, NativeFn};
use kaa_vm::protocols::arith::int_value;
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};
use num_bigint::{BigInt, Sign};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("init_by_array", init_by_array),
    ("seed_int", seed_int),
    ("random", random),
    ("getrandbits", getrandbits),
    ("urandom", urandom),
    ("bind", bind),
    ("sha512", crate::sha512::sha512_function),
];

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.new_module("_random");
    let Object::Module(m) = &*module else { unreachable!() };
    let d = m.dict.clone();
    let dict = d.as_dict().expect("dict");
    for &(name, func) in FUNCTIONS {
        let f = vm.new_builtin_in("_random", name, func);
        dict.set_str(vm, name, Value::Obj(f));
    }
    Ok(module)
}

/// The reference seeding of the state from one word.
fn init_genrand(mt: &mut [u32; N], s: u32) {
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1_812_433_253u32.wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_add(i as u32);
    }
}

/// The reference seeding from an array of words (MT19937's `init_by_array`).
fn seed_from_key(key: &[u32]) -> [u32; N] {
    let mut mt = [0u32; N];
    init_genrand(&mut mt, 19_650_218);
    let key: &[u32] = if key.is_empty() { &[0] } else { key };
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(key.len()) {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    // The most significant bit is set so the state is never all zero.
    mt[0] = 0x8000_0000;
    mt
}

/// A fresh state list: the words, then the position N (the next read regenerates).
fn state_list(vm: &mut Vm, mt: &[u32; N]) -> Value {
    let mut items: Vec<Value> = mt.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(N as i64));
    Value::Obj(vm.new_list(items))
}

/// The 32-bit words of |n|, least significant first.
fn words_of(n: &BigInt) -> Vec<u32> {
    let (_, digits) = n.to_u32_digits();
    digits
}

fn init_by_array(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let key = vm.one_arg("init_by_array", &a)?.clone();
    let items = vm.iterate(&key)?;
    let mut words = Vec::with_capacity(items.len());
    for item in &items {
        let Some(b) = vm.as_bigint(item) else {
            return Err(vm.type_error("init_by_array() needs a list of ints"));
        };
        let w = b.iter_u32_digits().next().unwrap_or(0);
        words.push(w);
    }
    let mt = seed_from_key(&words);
    Ok(state_list(vm, &mt))
}

fn seed_int(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.one_arg("seed_int", &a)?.clone();
    let Some(b) = vm.as_bigint(&n) else {
        return Err(vm.type_error("seed_int() needs an int"));
    };
    let mt = seed_from_key(&words_of(&b));
    Ok(state_list(vm, &mt))
}

/// The state list argument.
fn state_arg(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        if let Object::List(l) = &**o {
            if l.borrow().len() == N + 1 {
                return Ok(o.clone());
            }
        }
    }
    Err(vm.type_error("invalid random state"))
}

fn word(v: &Value) -> u32 {
    match v {
        Value::Int(i) => *i as u32,
        _ => 0,
    }
}

/// The next 32 random bits, advancing `state` (the list's items) in place.
fn next_u32(state: &mut [Value]) -> u32 {
    let mut pos = match state[N] {
        Value::Int(i) if (0..=N as i64).contains(&i) => i as usize,
        _ => N,
    };
    if pos >= N {
        let mut mt = [0u32; N];
        for (w, v) in mt.iter_mut().zip(state.iter()) {
            *w = word(v);
        }
        let twist = |upper: u32, lower: u32, far: u32| {
            let y = (upper & UPPER_MASK) | (lower & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 != 0 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = twist(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = twist(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
        for (v, w) in state.iter_mut().zip(mt.iter()) {
            *v = Value::Int(*w as i64);
        }
        pos = 0;
    }
    let mut y = word(&state[pos]);
    state[N] = Value::Int(pos as i64 + 1);
    // Tempering.
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

fn random(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = vm.one_arg("random", &a)?.clone();
    let list = state_arg(vm, &s)?;
    let Object::List(l) = &*list else { unreachable!() };
    let mut state = l.borrow_mut();
    // 27 + 26 bits make a float with 53 random bits.
    let hi = (next_u32(&mut state) >> 5) as f64;
    let lo = (next_u32(&mut state) >> 6) as f64;
    Ok(Value::Float((hi * 67_108_864.0 + lo) * (1.0 / 9_007_199_254_740_992.0)))
}

fn getrandbits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("getrandbits", &a)?;
    let p = vm.check_positional("getrandbits", &a, 2, 2)?;
    getrandbits_impl(vm, &p[0], &p[1])
}

/// `bind(state)`: (random, getrandbits) bound to the state list.
fn bind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use kaa_vm::objects::builtin_func::BuiltinFunction;
    let state = vm.one_arg("bind", &a)?.clone();
    state_arg(vm, &state)?;
    let make = |name: &'static str, func: NativeFn| {
        Value::from_obj(Object::BuiltinFunction(Box::new(BuiltinFunction {
            name,
            func,
            bound_self: Some(state.clone()),
            module: None,
            doc: None,
            sig: kaa_vm::objects::builtin_func::Sig::Any,
            slot: false,
        })))
    };
    let pair = vec![make("random", random_method), make("getrandbits", getrandbits_method)];
    Ok(vm.tuple_val(pair))
}

/// `Random.random()` bound to a state: no arguments besides the bound state.
fn random_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("Random.random", &a)?;
    let n = a.pos().len();
    if n != 1 {
        return Err(vm.type_error(format!("Random.random() takes no arguments ({} given)", n - 1)));
    }
    random(vm, a)
}

/// `Random.getrandbits(k)` bound to a state.
fn getrandbits_method(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.no_kwargs("Random.getrandbits", &a)?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!("Random.getrandbits() takes exactly one argument ({} given)", p.len() - 1)));
    }
    getrandbits_impl(vm, &p[0], &p[1])
}

fn getrandbits_impl(vm: &mut Vm, state: &Value, k: &Value) -> PyResult<Value> {
    let list = state_arg(vm, state)?;
    let k = match vm.as_bigint(k) {
        Some(b) => match i32::try_from(&b) {
            Ok(k) => k as i64,
            Err(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        },
        None => {
            let big = crate::math::index_big(vm, k)?;
            match i32::try_from(&big) {
                Ok(k) => k as i64,
                Err(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let Object::List(l) = &*list else { unreachable!() };
    let mut state = l.borrow_mut();
    if k <= 32 {
        if k == 0 {
            return Ok(Value::Int(0));
        }
        return Ok(Value::Int((next_u32(&mut state) >> (32 - k)) as i64));
    }
    // Whole words from the least significant end; the last keeps its top bits.
    let nwords = ((k - 1) / 32 + 1) as usize;
    let mut words = Vec::with_capacity(nwords);
    let mut left = k;
    for _ in 0..nwords {
        let mut r = next_u32(&mut state);
        left -= 32;
        if left < 0 {
            r >>= -left;
        }
        words.push(r);
    }
    Ok(int_value(BigInt::from_slice(Sign::Plus, &words)))
}

fn urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.one_arg("urandom", &a)?.clone();
    let n = vm.to_index(&n)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    if read.is_err() {
        // No /dev/urandom: mix the clock and the address space layout instead.
        let mut x = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0)
            ^ (&buf as *const _ as u64);
        for b in buf.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
    Ok(Value::from_obj(Object::Bytes(buf.into_boxed_slice())))
}
