//! `functools._lru_cache_wrapper`: the object `@lru_cache` and `@cache` return.
//!
//! It calls the user function with no frame of its own; calling the wrapper is
//! CPython's `tp_call` (one level of recursion), so a cached recursive function
//! reaches half the depth of a plain one, as in CPython.
//!
//! Three behaviours, chosen by `maxsize` as CPython chooses them: 0 caches nothing
//! (only counts misses), None caches without bound, and a positive size keeps the
//! most recently used results, evicting the least recently used. The cache is a dict
//! from the call's key to the result (unbounded), or to a link of a doubly linked
//! recency list (bounded). The key's hash is computed once per call and reused for
//! every dict operation of that call, so an argument's `__hash__` runs once, as in
//! CPython.

use std::cell::{Cell, RefCell};

use kaa_vm::objects::builtin_func::BoundMethod;
use kaa_vm::objects::builtin_func::{Args, MethodKind, NoKw, PosName, Sig};
use kaa_vm::objects::native::NativeObj;
use kaa_vm::{ObjRef, Object, PyResult, Value, Vm};

use super::{add, arg, payload};
use crate::args::{parse, Params};

const DOC: &str = "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n";

/// Which caching `maxsize` asked for.
#[derive(Copy, Clone)]
enum Kind {
    Uncached,
    Unbounded,
    Bounded(usize),
}

/// A wrapper's state.
pub struct LruCache {
    func: Value,
    kind: Kind,
    typed: bool,
    /// Called with (hits, misses, maxsize, currsize) by `cache_info()`.
    info_type: Value,
    /// Separates positional from keyword arguments in a key.
    kwd_mark: Value,
    /// Key → result (unbounded) or key → link token (bounded).
    cache: ObjRef,
    hits: Cell<i64>,
    misses: Cell<i64>,
    order: RefCell<Links>,
}

pub fn make_type(vm: &mut Vm) -> ObjRef {
    let ty = kaa_vm::types::make_native_type(vm, "_lru_cache_wrapper", "functools", false, true, Some(new));
    if let Some(t) = ty.as_type() {
        t.native_call.set(Some(call));
    }
    add(vm, &ty, "__call__", call_slot, Sig::Any, MethodKind::Instance);
    let get_sig = Sig::Pos { min: 1, max: 2, name: PosName::Empty, kw: NoKw::Wrapper };
    add(vm, &ty, "__get__", descr_get, get_sig, MethodKind::Instance);
    add(vm, &ty, "cache_info", cache_info, Sig::NoArgs, MethodKind::Instance);
    add(vm, &ty, "cache_clear", cache_clear, Sig::NoArgs, MethodKind::Instance);
    add(vm, &ty, "__reduce__", reduce, Sig::NoArgs, MethodKind::Instance);
    // Old-style methods accepting (and ignoring) any arguments.
    add(vm, &ty, "__copy__", itself, Sig::Any, MethodKind::Instance);
    add(vm, &ty, "__deepcopy__", itself, Sig::Any, MethodKind::Instance);
    kaa_vm::types::add_instance_dict(vm, &ty);
    kaa_vm::types::set_doc(vm, &ty, DOC);
    super::publish_type(vm, &ty, "functools._lru_cache_wrapper");
    ty
}

fn state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a LruCache> {
    payload::<LruCache>(vm, v, "functools._lru_cache_wrapper")
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn new(vm: &mut Vm, cls: &ObjRef, a: Args) -> PyResult<Value> {
    let names = &["user_function", "maxsize", "typed", "cache_info_type"];
    let p = Params { fname: "lru_cache", names, posonly: 0, maxpos: 4, required: 4 };
    let mut slots = parse(vm, &p, &a)?.into_iter().map(|v| v.unwrap_or(Value::None));
    let mut next = || slots.next().unwrap_or(Value::None);
    let (func, maxsize, typed, info_type) = (next(), next(), next(), next());
    let typed = vm.truthy(&typed)?;
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let kind = if maxsize.is_none() {
        Kind::Unbounded
    } else if vm.has_index(&maxsize) {
        match vm.index_value(&maxsize)? {
            Value::Int(n) if n <= 0 => Kind::Uncached,
            Value::Int(n) => Kind::Bounded(usize::try_from(n).unwrap_or(usize::MAX)),
            _ => return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    } else {
        return Err(vm.type_error("maxsize should be integer or None"));
    };
    let object = Value::Obj(vm.types.object.clone());
    let kwd_mark = vm.call(&object, &[], &[])?;
    let cache = vm.new_dict();
    Ok(NativeObj::new_value(
        cls,
        LruCache {
            func,
            kind,
            typed,
            info_type,
            kwd_mark,
            cache,
            hits: Cell::new(0),
            misses: Cell::new(0),
            order: RefCell::new(Links::new()),
        },
    ))
}

/// Calling the wrapper: CPython's `tp_call`, a level of recursion.
fn call(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    vm.enter_native_for(" while calling a Python object")?;
    let r = cached_call(vm, this, args, kwnames);
    vm.leave_native();
    r
}

fn call_slot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    cached_call(vm, &this, &a.args[1..], a.kwnames)
}

fn cached_call(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let c = state(vm, this)?;
    let max = match c.kind {
        Kind::Uncached => {
            c.misses.set(c.misses.get() + 1);
            return vm.call(&c.func, args, kwnames);
        }
        Kind::Unbounded => None,
        Kind::Bounded(n) => Some(n),
    };
    let key = make_key(vm, c, args, kwnames);
    let hash = vm.hash(&key)?;
    let Some(cache) = c.cache.as_dict() else { return Err(vm.type_error("lru_cache: no cache dict")) };
    let Some(max) = max else {
        if let Some(result) = cache.get_item_hashed(vm, &key, hash)? {
            c.hits.set(c.hits.get() + 1);
            return Ok(result);
        }
        c.misses.set(c.misses.get() + 1);
        let result = vm.call(&c.func, args, kwnames)?;
        cache.set_item_hashed(vm, key, hash, result.clone())?;
        return Ok(result);
    };
    if let Some(token) = cache.get_item_hashed(vm, &key, hash)? {
        let mut order = c.order.borrow_mut();
        if let Some(i) = order.resolve(&token) {
            order.unlink(i);
            order.push_newest(i);
            c.hits.set(c.hits.get() + 1);
            return Ok(order.result(i));
        }
        // A link lost when an eviction failed: answered as a miss.
    }
    c.misses.set(c.misses.get() + 1);
    let result = vm.call(&c.func, args, kwnames)?;
    // The call itself may have cached this key (recursion): the first result stays.
    if cache.get_item_hashed(vm, &key, hash)?.is_some() {
        return Ok(result);
    }
    let oldest = c.order.borrow().oldest();
    if let (Some(old), false) = (oldest, cache.len() < max) {
        // Full: evict the least recently used entry. Its link leaves the list first,
        // so Python code run by the dict's comparisons never finds it there.
        let (old_key, old_hash) = {
            let mut order = c.order.borrow_mut();
            order.unlink(old);
            order.key_of(old)
        };
        let popped = cache.del_item_hashed(vm, &old_key, old_hash);
        let released = c.order.borrow_mut().release(old);
        drop(released);
        match popped {
            Err(e) => return Err(e),
            // Something else removed the entry meanwhile: nothing to reuse.
            Ok(None) => return Ok(result),
            Ok(Some(_)) => {}
        }
    }
    let (i, token) = c.order.borrow_mut().alloc(key.clone(), hash, result.clone());
    if let Err(e) = cache.set_item_hashed(vm, key, hash, token) {
        let released = c.order.borrow_mut().release(i);
        drop(released);
        return Err(e);
    }
    c.order.borrow_mut().push_newest(i);
    Ok(result)
}

/// The cache key of a call: a lone int or str argument stands for itself, positional
/// arguments alone are their tuple; otherwise the tuple continues with the marker and
/// the keyword names and values, and with `typed` the types of all the values.
fn make_key(vm: &mut Vm, c: &LruCache, args: &[Value], kwnames: &[Value]) -> Value {
    let npos = args.len() - kwnames.len();
    if !c.typed && kwnames.is_empty() {
        if let [only] = args {
            let exact = match only {
                Value::Int(_) => true,
                Value::Obj(o) => matches!(&**o, Object::Str(_) | Object::BigInt(_)),
                _ => false,
            };
            if exact {
                return only.clone();
            }
        }
        return vm.tuple_val(args.to_vec());
    }
    let mut key = Vec::with_capacity(args.len() * 2 + kwnames.len() + 1);
    key.extend_from_slice(&args[..npos]);
    if !kwnames.is_empty() {
        key.push(c.kwd_mark.clone());
        for (k, v) in kwnames.iter().zip(&args[npos..]) {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if c.typed {
        for v in &args[..npos] {
            key.push(Value::Obj(vm.type_of(v)));
        }
        for v in &args[npos..] {
            key.push(Value::Obj(vm.type_of(v)));
        }
    }
    vm.tuple_val(key)
}

/// `w.__get__(obj, type=None)`: the wrapper itself for a class, else a bound method
/// (so a decorated method receives its instance).
fn descr_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    let obj = arg(vm, &a, 1)?;
    let ty = a.args.get(2).cloned().unwrap_or(Value::None);
    if obj.is_none() && ty.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    if obj.is_none() {
        return Ok(this);
    }
    Ok(Value::from_obj(Object::BoundMethod(BoundMethod { func: this, bound_self: obj })))
}

/// `w.cache_info()`: `CacheInfo(hits, misses, maxsize, currsize)`.
fn cache_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    let c = state(vm, &this)?;
    let maxsize = match c.kind {
        Kind::Uncached => Value::Int(0),
        Kind::Unbounded => Value::None,
        Kind::Bounded(n) => Value::Int(i64::try_from(n).unwrap_or(i64::MAX)),
    };
    let currsize = Value::Int(c.cache.as_dict().map_or(0, |d| d.len()) as i64);
    let info_type = c.info_type.clone();
    let values = [Value::Int(c.hits.get()), Value::Int(c.misses.get()), maxsize, currsize];
    vm.call(&info_type, &values, &[])
}

/// `w.cache_clear()`: forgets every result and zeroes the statistics.
fn cache_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    let c = state(vm, &this)?;
    let released = c.order.borrow_mut().release_listed();
    c.hits.set(0);
    c.misses.set(0);
    if let Some(d) = c.cache.as_dict() {
        d.clear();
    }
    drop(released);
    Ok(Value::None)
}

/// `w.__reduce__()`: the qualified name, so pickling refers to the module attribute.
fn reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = arg(vm, &a, 0)?;
    vm.getattr_str(&this, "__qualname__")
}

/// `__copy__` and `__deepcopy__`: the wrapper is its own copy.
fn itself(vm: &mut Vm, a: Args) -> PyResult<Value> {
    arg(vm, &a, 0)
}

/// A link of the recency list.
struct Link {
    key: Value,
    hash: i64,
    result: Value,
    prev: usize,
    next: usize,
    /// In the list (a link being evicted or inserted is briefly out of it).
    linked: bool,
    /// Not on the free list.
    live: bool,
    /// Bumped on release, so a stale token in the dict never finds a reused link.
    generation: u32,
}

/// The recency list of a bounded cache: links in a vector (index 0 is the list's
/// head, whose `next` is the least recently used link), referred to from the cache
/// dict by tokens made of index and generation. Every access is checked, so even an
/// inconsistent state (Python code re-entering the cache during a dict comparison)
/// cannot panic.
struct Links {
    nodes: Vec<Link>,
    free: Vec<usize>,
}

const HEAD: usize = 0;

impl Links {
    fn new() -> Links {
        let head = Link {
            key: Value::None,
            hash: 0,
            result: Value::None,
            prev: HEAD,
            next: HEAD,
            linked: true,
            live: true,
            generation: 0,
        };
        Links { nodes: vec![head], free: Vec::new() }
    }

    /// A new link (not yet in the list) and the token the dict stores for it.
    fn alloc(&mut self, key: Value, hash: i64, result: Value) -> (usize, Value) {
        let (i, generation) = match self.free.pop() {
            Some(i) => (i, self.nodes.get(i).map_or(0, |n| n.generation)),
            None => {
                self.nodes.push(Link {
                    key: Value::None,
                    hash: 0,
                    result: Value::None,
                    prev: HEAD,
                    next: HEAD,
                    linked: false,
                    live: false,
                    generation: 0,
                });
                (self.nodes.len() - 1, 0)
            }
        };
        if let Some(n) = self.nodes.get_mut(i) {
            *n = Link { key, hash, result, prev: HEAD, next: HEAD, linked: false, live: true, generation };
        }
        let token = ((generation as i64) << 32) | i as i64;
        (i, Value::Int(token))
    }

    /// The live link a token from the dict refers to.
    fn resolve(&self, token: &Value) -> Option<usize> {
        let Value::Int(t) = token else { return None };
        let (i, generation) = ((t & 0xffff_ffff) as usize, (t >> 32) as u32);
        let n = self.nodes.get(i)?;
        (i != HEAD && n.live && n.generation == generation).then_some(i)
    }

    fn result(&self, i: usize) -> Value {
        self.nodes.get(i).map_or(Value::None, |n| n.result.clone())
    }

    fn key_of(&self, i: usize) -> (Value, i64) {
        self.nodes.get(i).map_or((Value::None, 0), |n| (n.key.clone(), n.hash))
    }

    /// The least recently used link.
    fn oldest(&self) -> Option<usize> {
        let next = self.nodes.get(HEAD)?.next;
        (next != HEAD).then_some(next)
    }

    fn unlink(&mut self, i: usize) {
        let Some(n) = self.nodes.get(i).filter(|n| n.linked && i != HEAD) else { return };
        let (prev, next) = (n.prev, n.next);
        if let Some(p) = self.nodes.get_mut(prev) {
            p.next = next;
        }
        if let Some(n) = self.nodes.get_mut(next) {
            n.prev = prev;
        }
        if let Some(n) = self.nodes.get_mut(i) {
            n.linked = false;
        }
    }

    /// Makes `i` the most recently used link.
    fn push_newest(&mut self, i: usize) {
        if i == HEAD || !self.nodes.get(i).is_some_and(|n| n.live && !n.linked) {
            return;
        }
        let tail = self.nodes.get(HEAD).map_or(HEAD, |h| h.prev);
        if let Some(n) = self.nodes.get_mut(i) {
            n.prev = tail;
            n.next = HEAD;
            n.linked = true;
        }
        if let Some(t) = self.nodes.get_mut(tail) {
            t.next = i;
        }
        if let Some(h) = self.nodes.get_mut(HEAD) {
            h.prev = i;
        }
    }

    /// Frees link `i`, returning its key and result for the caller to drop once the
    /// list is no longer borrowed.
    fn release(&mut self, i: usize) -> (Value, Value) {
        self.unlink(i);
        let Some(n) = self.nodes.get_mut(i).filter(|n| n.live) else { return (Value::None, Value::None) };
        n.live = false;
        n.generation = n.generation.wrapping_add(1) & 0x7fff_ffff;
        let key = std::mem::replace(&mut n.key, Value::None);
        let result = std::mem::replace(&mut n.result, Value::None);
        self.free.push(i);
        (key, result)
    }

    /// Frees every link in the list (links briefly out of it, mid-insertion or
    /// mid-eviction, stay for their operation to finish).
    fn release_listed(&mut self) -> Vec<(Value, Value)> {
        let mut out = Vec::new();
        // At most one step per link, even if the list were inconsistent.
        for _ in 0..self.nodes.len() {
            let Some(i) = self.oldest() else { break };
            out.push(self.release(i));
        }
        out
    }
}
