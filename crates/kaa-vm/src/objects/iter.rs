//! Iterator objects: over lists, tuples, strings, ranges, dicts and sets, and the lazy
//! builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(callable, sentinel)`,
//! and the generic `__getitem__` sequence iterator).

use std::cell::{Cell, RefCell};

use crate::object::DictViewKind;
use crate::value::{ObjRef, Value};

/// An iterator's state. Exhausted iterators drop what they referenced.
pub enum IterKind {
    /// Over a list, tuple, str or bytes by index.
    Seq {
        seq: RefCell<Option<ObjRef>>,
        index: Cell<usize>,
    },
    /// A list traversed backwards (`reversed(list)`); `index` counts down.
    ListReverse {
        seq: RefCell<Option<ObjRef>>,
        index: Cell<isize>,
    },
    Range {
        next: Cell<i64>,
        step: i64,
        remaining: Cell<i64>,
    },
    /// A range beyond 64-bit bounds: (next, step, remaining).
    BigRange(RefCell<(num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt)>),
    /// Over a dict's keys, values or items; `reverse` walks the entries backwards
    /// (`reversed(d)`), with `pos` then counting the entries not yet visited.
    Dict {
        dict: RefCell<Option<ObjRef>>,
        pos: Cell<usize>,
        len: usize,
        kind: DictViewKind,
        reverse: bool,
        /// Items produced so far: one more than `len` means keys were replaced during
        /// the iteration (same size, new entries).
        seen: Cell<usize>,
    },
    Set {
        set: RefCell<Option<ObjRef>>,
        pos: Cell<usize>,
        len: usize,
    },
    Enumerate {
        iter: Value,
        count: Cell<i64>,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
        done: Cell<bool>,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// Any object with `__getitem__`: calls it with 0, 1, 2, ... until IndexError.
    GetItem {
        obj: RefCell<Option<Value>>,
        index: Cell<i64>,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: RefCell<Option<Value>>,
        sentinel: Value,
    },
    /// `reversed()` of a sequence through `__len__`/`__getitem__`.
    Reversed {
        obj: RefCell<Option<Value>>,
        index: Cell<i64>,
    },
}

/// An iterator object.
pub struct IterObj {
    pub kind: IterKind,
}
