//! The plain-data form of a compiled code object.
//!
//! The compiler produces a [`CodeUnit`] per module body, function, lambda, class body and
//! comprehension; the VM turns each into its immutable runtime code object once, and every
//! function made from it shares that object. Field names follow CPython 3.11's `co_*`
//! attributes.

use std::rc::Rc;

use crate::instruction::Instr;

/// `co_flags` bits, with CPython's values.
pub struct CodeFlags;

impl CodeFlags {
    /// Locals live in fast slots (every function; not module or class bodies).
    pub const OPTIMIZED: u32 = 0x0001;
    /// A new locals namespace is made for each call.
    pub const NEWLOCALS: u32 = 0x0002;
    /// The function takes `*args`.
    pub const VARARGS: u32 = 0x0004;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x0008;
    /// The function is defined inside another function.
    pub const NESTED: u32 = 0x0010;
    /// The function is a generator.
    pub const GENERATOR: u32 = 0x0020;
    /// The function is a coroutine (`async def`).
    pub const COROUTINE: u32 = 0x0080;
    /// The function is an iterable coroutine.
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    /// The function is an async generator.
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// What a localsplus slot holds (CPython's `CO_FAST_*` kinds); a slot can be several.
pub struct LocalKind;

impl LocalKind {
    /// A plain local variable or parameter (listed in `co_varnames`).
    pub const LOCAL: u8 = 0x20;
    /// A variable captured by an inner function (listed in `co_cellvars`).
    pub const CELL: u8 = 0x40;
    /// A variable from an enclosing function (listed in `co_freevars`).
    pub const FREE: u8 = 0x80;
}

/// A compile-time constant (an element of `co_consts`).
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    BigInt(num_bigint::BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    /// A frozenset of the items, listed in source order (the table itself, whose layout
    /// depends on hashes, is built when the code is loaded).
    FrozenSet(Rc<[Constant]>),
    Ellipsis,
    Code(Rc<CodeUnit>),
}

impl Constant {
    /// Whether two constants may share one `co_consts` slot. Like CPython this keeps
    /// `1`, `1.0`, `True`, `0.0` and `-0.0` apart, which plain equality would merge.
    pub fn same_as(&self, other: &Constant) -> bool {
        match (self, other) {
            (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
            (Constant::Bool(a), Constant::Bool(b)) => a == b,
            (Constant::Int(a), Constant::Int(b)) => a == b,
            (Constant::BigInt(a), Constant::BigInt(b)) => a == b,
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex { real: ar, imag: ai }, Constant::Complex { real: br, imag: bi }) => {
                ar.to_bits() == br.to_bits() && ai.to_bits() == bi.to_bits()
            }
            (Constant::Str(a), Constant::Str(b)) => a == b,
            (Constant::Bytes(a), Constant::Bytes(b)) => a == b,
            (Constant::Tuple(a), Constant::Tuple(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.same_as(y))
            }
            // Sets are equal whatever their order.
            (Constant::FrozenSet(a), Constant::FrozenSet(b)) => {
                a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.same_as(y)))
            }
            (Constant::Code(a), Constant::Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Source position of one instruction, as CPython's `co_positions()` reports it: 1-based
/// lines, 0-based columns counted in UTF-8 bytes. A line of 0 means "no position".
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` is handled at `target`, after the value stack is cut back to `depth`
/// items (and, when `push_lasti` is set, the raising instruction's index is pushed first).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compiled code object in plain data.
#[derive(Clone, Debug, Default)]
pub struct CodeUnit {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// Parameters then other plain locals, in CPython's order.
    pub varnames: Vec<Rc<str>>,
    /// Captured variables, sorted by name as CPython sorts them.
    pub cellvars: Vec<Rc<str>>,
    /// Variables from enclosing scopes, sorted by name.
    pub freevars: Vec<Rc<str>>,
    /// The localsplus layout: one (name, kind bits) per slot. Locals come first in
    /// `varnames` order; a captured parameter keeps its parameter slot with the CELL bit
    /// set; then the remaining cells; then the free variables.
    pub localsplus: Vec<(Rc<str>, u8)>,
    pub names: Vec<Rc<str>>,
    pub consts: Vec<Constant>,
    pub instructions: Vec<Instr>,
    /// One entry per instruction.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub stacksize: u32,
    pub filename: Rc<str>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub firstlineno: u32,
}

impl CodeUnit {
    /// Number of plain local variables (`co_nlocals`).
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// The handler for an exception raised at instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionEntry> {
        // Entries never overlap (the compiler splits nested ranges), so the first match
        // is the innermost handler.
        self.exception_table.iter().find(|e| e.start <= index && index < e.end)
    }
}
