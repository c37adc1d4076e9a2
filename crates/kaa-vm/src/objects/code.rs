//! `code`: the runtime code object, made once from the compiler's [`CodeUnit`] and shared
//! by every function created from it. Immutable from Python; the only interior state is
//! the inline cache of `LOAD_GLOBAL` lookups.

use std::cell::Cell;
use std::rc::Rc;

use kaa_bytecode::{CodeUnit, Instr, LocalKind};

use crate::value::{ObjRef, Value};

/// A cached `LOAD_GLOBAL` result: valid while the globals (and, for builtins, the
/// builtins) dict has the recorded keys version.
#[derive(Copy, Clone, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    /// 0 when the name was found in globals; else the builtins dict's version.
    pub builtins_version: u64,
    pub index: u32,
}

/// Bytes per instruction in `co_code` (one little-endian 32-bit word): the unit of `dis`
/// offsets, `co_lines()` ranges, `f_lasti` and `tb_lasti`.
pub const INSTRUCTION_BYTES: usize = 4;

/// A runtime code object.
pub struct Code {
    /// The compiler's plain data: instructions, positions, names, flags, ...
    pub unit: Rc<CodeUnit>,
    pub instrs: Box<[Instr]>,
    pub consts: Box<[Value]>,
    /// `co_names` as interned str objects.
    pub names: Box<[ObjRef]>,
    /// Names of the localsplus slots, as str objects.
    pub localsplus_names: Box<[ObjRef]>,
    pub localsplus_kinds: Box<[u8]>,
    pub filename: ObjRef,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub nlocalsplus: usize,
    pub stacksize: usize,
    /// Number of parameters (positional, keyword-only, *args, **kwargs).
    pub total_args: usize,
    /// One cache per `co_names` entry (every LOAD_GLOBAL of a name shares it).
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// One attribute cache per instruction (used by LOAD_ATTR, STORE_ATTR and
    /// LOAD_METHOD; see eval/attr_cache.rs).
    pub attr_cache: Box<[Cell<crate::eval::attr_cache::AttrCache>]>,
    /// Whether a plain positional call can just move the arguments into the slots:
    /// no `*args`, `**kwargs` or keyword-only parameters, and fast locals.
    pub simple_args: bool,
    /// How many times the code has started running, up to [`WARMUP_CALLS`]. CPython
    /// 3.11 specialises a code object's instructions once it has warmed up, and a
    /// specialised call of a builtin such as `getattr` no longer counts against the
    /// recursion limit; Kaa counts the same way so deep recursion ends at the same depth.
    pub warmup: Cell<u8>,
}

/// Starts after which CPython 3.11 quickens a code object (QUICKENING_WARMUP_DELAY).
pub const WARMUP_CALLS: u8 = 8;

impl Code {
    pub fn flags(&self) -> u32 {
        self.unit.flags
    }

    /// Calling a function with this code makes a generator instead of running it.
    pub fn is_generator(&self) -> bool {
        self.unit.flags & kaa_bytecode::CodeFlags::GENERATOR != 0
    }

    /// Counts one start of the code (see `warmup`).
    #[inline(always)]
    pub fn note_start(&self) {
        let w = self.warmup.get();
        if w < WARMUP_CALLS {
            self.warmup.set(w + 1);
        }
    }

    /// Whether CPython would run this code specialised by now.
    pub fn is_warm(&self) -> bool {
        self.warmup.get() >= WARMUP_CALLS
    }

    pub fn argcount(&self) -> usize {
        self.unit.argcount as usize
    }

    pub fn kwonlyargcount(&self) -> usize {
        self.unit.kwonlyargcount as usize
    }

    pub fn posonlyargcount(&self) -> usize {
        self.unit.posonlyargcount as usize
    }

    pub fn nfreevars(&self) -> usize {
        self.unit.freevars.len()
    }

    /// Whether slot `i` is a free variable.
    pub fn is_free(&self, i: usize) -> bool {
        self.localsplus_kinds[i] & LocalKind::FREE != 0
    }

    /// Whether slot `i` holds a cell (a captured local or a free variable).
    pub fn is_cell_slot(&self, i: usize) -> bool {
        self.localsplus_kinds[i] & (LocalKind::CELL | LocalKind::FREE) != 0
    }

    /// The source line of instruction `index`, if it has one.
    pub fn line_of(&self, index: usize) -> Option<u32> {
        self.unit.positions.get(index).map(|p| p.line).filter(|l| *l != 0)
    }
}
