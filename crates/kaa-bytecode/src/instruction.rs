//! The instruction set: one table giving every instruction's name, argument, stack
//! effect and meaning.
//!
//! Kaa runs a stack machine modelled on CPython 3.11's. An instruction is one 32-bit word:
//! the opcode in the low 8 bits and a 24-bit argument above it; `EXTENDED_ARG` supplies the
//! upper bits of a larger argument for the instruction that follows it. Jump arguments
//! are absolute instruction indexes. Exceptions use an exception table (see
//! [`crate::code::ExceptionEntry`]), never block-stack instructions, so `try` costs nothing
//! until something is raised.
//!
//! Notation in the table: `TOS` is the top of the stack, `TOS1` the item below it;
//! `local[a]` is slot `a` of the frame's "localsplus" array (locals, then cells, then free
//! variables); `const[a]`, `name[a]` index `co_consts` and `co_names`. The two stack
//! columns give the net stack effect when execution falls through and when it jumps.

/// What an instruction's argument means (used by the disassembler and the verifier).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No argument (the argument is always 0).
    None,
    /// A count or small number used as-is.
    Count,
    /// An index into `co_consts`.
    Const,
    /// An index into the localsplus array (a local, cell or free variable).
    Local,
    /// An index into `co_names`.
    Name,
    /// An absolute instruction index to jump to.
    Jump,
    /// A [`CompareOp`].
    Compare,
    /// A [`BinaryOp`].
    Binary,
    /// Bit flags whose meaning the instruction's row describes.
    Flags,
}

macro_rules! instruction_table {
    ($arg:ident; $( $op:ident = $name:literal, $kind:ident, $effect:expr, $jump_effect:expr, $doc:literal; )*) => {
        /// An opcode. See the module documentation for the table's notation.
        #[repr(u8)]
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Op {
            $( #[doc = $doc] $op, )*
        }

        impl Op {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Op] = &[$(Op::$op),*];

            /// The instruction's name as `dis` prints it.
            pub fn name(self) -> &'static str {
                match self { $(Op::$op => $name,)* }
            }

            /// What the argument means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $(Op::$op => ArgKind::$kind,)* }
            }

            /// One line saying what the instruction does.
            pub fn doc(self) -> &'static str {
                match self { $(Op::$op => $doc,)* }
            }

            /// Net change in stack depth: when falling through (`jump == false`) or when
            /// the jump is taken (`jump == true`).
            pub fn stack_effect(self, $arg: u32, jump: bool) -> i32 {
                #[allow(unused_variables)]
                let $arg = $arg as i32;
                match self { $(Op::$op => if jump { $jump_effect } else { $effect },)* }
            }
        }
    };
}

// Columns: opcode = dis name, argument kind, stack effect (fall through), stack effect
// (jump taken; the same as the first for instructions that never jump), meaning.
// `a` is the instruction's argument.
instruction_table! { a;
    Nop = "NOP", None, 0, 0,
        "do nothing";
    ExtendedArg = "EXTENDED_ARG", Count, 0, 0,
        "prefix: the next instruction's argument is (a << 24) | its own";
    PopTop = "POP_TOP", None, -1, -1,
        "discard TOS";
    PushNull = "PUSH_NULL", None, 1, 1,
        "push the empty marker (the `self` slot of a plain call)";
    Copy = "COPY", Count, 1, 1,
        "push a new reference to the a-th item from the top (COPY 1 duplicates TOS)";
    Swap = "SWAP", Count, 0, 0,
        "swap TOS with the a-th item from the top";
    LoadConst = "LOAD_CONST", Const, 1, 1,
        "push const[a]";
    LoadFast = "LOAD_FAST", Local, 1, 1,
        "push local[a]; UnboundLocalError if it is empty";
    StoreFast = "STORE_FAST", Local, -1, -1,
        "local[a] = TOS; pop";
    DeleteFast = "DELETE_FAST", Local, 0, 0,
        "empty local[a]; UnboundLocalError if already empty";
    MakeCell = "MAKE_CELL", Local, 0, 0,
        "replace local[a] with a new cell holding its current value (if any)";
    LoadClosure = "LOAD_CLOSURE", Local, 1, 1,
        "push the cell object in local[a] (to build a closure tuple)";
    LoadDeref = "LOAD_DEREF", Local, 1, 1,
        "push the contents of the cell in local[a]; NameError/UnboundLocalError if empty";
    StoreDeref = "STORE_DEREF", Local, -1, -1,
        "store TOS into the cell in local[a]; pop";
    DeleteDeref = "DELETE_DEREF", Local, 0, 0,
        "empty the cell in local[a]";
    LoadClassDeref = "LOAD_CLASSDEREF", Local, 1, 1,
        "push locals()[name of local[a]] if present, else the contents of its cell (class bodies)";
    CopyFreeVars = "COPY_FREE_VARS", Count, 0, 0,
        "copy the a cells of the function's closure into the last a localsplus slots";
    LoadGlobal = "LOAD_GLOBAL", Name, 1, 1,
        "push globals[name[a]], else builtins[name[a]]; NameError if neither has it";
    StoreGlobal = "STORE_GLOBAL", Name, -1, -1,
        "globals[name[a]] = TOS; pop";
    DeleteGlobal = "DELETE_GLOBAL", Name, 0, 0,
        "del globals[name[a]]";
    LoadName = "LOAD_NAME", Name, 1, 1,
        "push locals, then globals, then builtins [name[a]] (module and class bodies)";
    StoreName = "STORE_NAME", Name, -1, -1,
        "locals[name[a]] = TOS; pop";
    DeleteName = "DELETE_NAME", Name, 0, 0,
        "del locals[name[a]]";
    LoadAttr = "LOAD_ATTR", Name, 0, 0,
        "TOS = getattr(TOS, name[a])";
    LoadMethod = "LOAD_METHOD", Name, 1, 1,
        "replace TOS with (method, self) when TOS.name[a] is a plain method, else (TOS.name[a], NULL)";
    StoreAttr = "STORE_ATTR", Name, -2, -2,
        "setattr(TOS, name[a], TOS1); pop both";
    DeleteAttr = "DELETE_ATTR", Name, -1, -1,
        "delattr(TOS, name[a]); pop";
    LoadAssertionError = "LOAD_ASSERTION_ERROR", None, 1, 1,
        "push AssertionError";
    LoadBuildClass = "LOAD_BUILD_CLASS", None, 1, 1,
        "push builtins.__build_class__";
    LoadLocals = "LOAD_LOCALS", None, 1, 1,
        "push the frame's locals mapping";
    UnaryPositive = "UNARY_POSITIVE", None, 0, 0,
        "TOS = +TOS";
    UnaryNegative = "UNARY_NEGATIVE", None, 0, 0,
        "TOS = -TOS";
    UnaryNot = "UNARY_NOT", None, 0, 0,
        "TOS = not TOS";
    UnaryInvert = "UNARY_INVERT", None, 0, 0,
        "TOS = ~TOS";
    BinaryOp = "BINARY_OP", Binary, -1, -1,
        "TOS = TOS1 <op a> TOS (a selects the operator; 13 and up are the in-place forms)";
    CompareOp = "COMPARE_OP", Compare, -1, -1,
        "TOS = TOS1 <cmp a> TOS";
    IsOp = "IS_OP", Count, -1, -1,
        "TOS = TOS1 is TOS (is not, when a == 1)";
    ContainsOp = "CONTAINS_OP", Count, -1, -1,
        "TOS = TOS1 in TOS (not in, when a == 1)";
    BinarySubscr = "BINARY_SUBSCR", None, -1, -1,
        "TOS = TOS1[TOS]";
    StoreSubscr = "STORE_SUBSCR", None, -3, -3,
        "TOS1[TOS] = TOS2; pop all three";
    DeleteSubscr = "DELETE_SUBSCR", None, -2, -2,
        "del TOS1[TOS]; pop both";
    BuildSlice = "BUILD_SLICE", Count, 1 - a, 1 - a,
        "replace the top a (2 or 3) items with slice(start, stop[, step])";
    BuildTuple = "BUILD_TUPLE", Count, 1 - a, 1 - a,
        "replace the top a items with a tuple of them";
    BuildList = "BUILD_LIST", Count, 1 - a, 1 - a,
        "replace the top a items with a list of them";
    BuildSet = "BUILD_SET", Count, 1 - a, 1 - a,
        "replace the top a items with a set of them";
    BuildMap = "BUILD_MAP", Count, 1 - 2 * a, 1 - 2 * a,
        "replace the top 2*a items (key, value, key, value, ...) with a dict";
    BuildConstKeyMap = "BUILD_CONST_KEY_MAP", Count, -a, -a,
        "TOS is a tuple of a keys; replace it and the a values below with a dict";
    BuildString = "BUILD_STRING", Count, 1 - a, 1 - a,
        "replace the top a strings with their concatenation";
    ListAppend = "LIST_APPEND", Count, -1, -1,
        "append TOS to the list a items down (after popping TOS); pop";
    SetAdd = "SET_ADD", Count, -1, -1,
        "add TOS to the set a items down; pop";
    MapAdd = "MAP_ADD", Count, -2, -2,
        "dict a items down [TOS1] = TOS; pop both";
    ListExtend = "LIST_EXTEND", Count, -1, -1,
        "extend the list a items down with the iterable TOS; pop";
    SetUpdate = "SET_UPDATE", Count, -1, -1,
        "update the set a items down with the iterable TOS; pop";
    DictUpdate = "DICT_UPDATE", Count, -1, -1,
        "update the dict a items down with the mapping TOS; pop";
    DictMerge = "DICT_MERGE", Count, -1, -1,
        "like DICT_UPDATE, but a repeated key is a TypeError (building **kwargs)";
    ListToTuple = "LIST_TO_TUPLE", None, 0, 0,
        "TOS = tuple(TOS)";
    FormatValue = "FORMAT_VALUE", Flags, -((a & 4) >> 2), -((a & 4) >> 2),
        "format TOS (with the spec below it when a & 4); a & 3: 0 as-is, 1 str, 2 repr, 3 ascii";
    UnpackSequence = "UNPACK_SEQUENCE", Count, a - 1, a - 1,
        "replace the iterable TOS with its a items, the first on top";
    UnpackEx = "UNPACK_EX", Count, (a & 0xff) + (a >> 8), (a & 0xff) + (a >> 8),
        "star-unpack TOS: a & 0xff items before the starred list, a >> 8 after it";
    GetIter = "GET_ITER", None, 0, 0,
        "TOS = iter(TOS)";
    ForIter = "FOR_ITER", Jump, 1, -1,
        "push next(TOS); when the iterator is exhausted pop it and jump to a";
    GetLen = "GET_LEN", None, 1, 1,
        "push len(TOS), keeping TOS (match statements)";
    MatchMapping = "MATCH_MAPPING", None, 1, 1,
        "push whether TOS is a mapping, keeping TOS (mapping patterns)";
    MatchSequence = "MATCH_SEQUENCE", None, 1, 1,
        "push whether TOS is a sequence other than str/bytes, keeping TOS (sequence patterns)";
    MatchKeys = "MATCH_KEYS", None, 1, 1,
        "TOS is a tuple of keys, TOS1 a mapping: push a tuple of their values, or None if a key is missing";
    MatchClass = "MATCH_CLASS", Count, -2, -2,
        "TOS: attribute names, TOS1: class, TOS2: subject: replace them with the a positional and the named attributes (a tuple), or None if no match";
    GetYieldFromIter = "GET_YIELD_FROM_ITER", None, 0, 0,
        "TOS = iter(TOS) unless it is a generator (the operand of `yield from`)";
    Send = "SEND", Jump, 0, -1,
        "send TOS into the iterator TOS1: if it yields, TOS = the yielded value; if it returns, pop both, push the result and jump to a";
    YieldValue = "YIELD_VALUE", None, 0, 0,
        "suspend the generator, handing TOS to its caller; on resumption TOS = the value sent in";
    JumpForward = "JUMP_FORWARD", Jump, 0, 0,
        "jump to a (a forward jump)";
    JumpBackward = "JUMP_BACKWARD", Jump, 0, 0,
        "jump to a (a loop's back edge: checks for interrupts)";
    PopJumpIfFalse = "POP_JUMP_IF_FALSE", Jump, -1, -1,
        "pop TOS; jump to a if it is false";
    PopJumpIfTrue = "POP_JUMP_IF_TRUE", Jump, -1, -1,
        "pop TOS; jump to a if it is true";
    PopJumpIfNone = "POP_JUMP_IF_NONE", Jump, -1, -1,
        "pop TOS; jump to a if it is None";
    PopJumpIfNotNone = "POP_JUMP_IF_NOT_NONE", Jump, -1, -1,
        "pop TOS; jump to a if it is not None";
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP", Jump, -1, 0,
        "if TOS is false jump to a keeping it, else pop it";
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP", Jump, -1, 0,
        "if TOS is true jump to a keeping it, else pop it";
    Call = "CALL", Count, -a, -a,
        "call the callable below the top a arguments with them; replace all with the result";
    CallMethod = "CALL_METHOD", Count, -a - 1, -a - 1,
        "stack: callable, self-or-NULL, a arguments: call, passing self first unless NULL";
    CallKw = "CALL_KW", Count, -a - 2, -a - 2,
        "stack: callable, self-or-NULL, a arguments, tuple of keyword names (the last arguments)";
    CallFunctionEx = "CALL_FUNCTION_EX", Flags, -2 - (a & 1), -2 - (a & 1),
        "stack: callable, self-or-NULL, args tuple[, kwargs dict if a & 1]: call callable(*args, **kwargs)";
    MakeFunction = "MAKE_FUNCTION", Flags,
        -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)),
        -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)),
        "TOS is a code object; below it, in order: closure (a & 8), annotations (a & 4), kwdefaults (a & 2), defaults (a & 1)";
    ReturnValue = "RETURN_VALUE", None, -1, -1,
        "return TOS to the caller";
    RaiseVarargs = "RAISE_VARARGS", Count, -a, -a,
        "a = 0: re-raise; 1: raise TOS; 2: raise TOS1 from TOS";
    Reraise = "RERAISE", Count, -1, -1,
        "re-raise the exception TOS (and, when a is set, restore the instruction index below it)";
    PushExcInfo = "PUSH_EXC_INFO", None, 1, 1,
        "TOS is the raised exception: push it and make it the handled one, saving the previous below it";
    PopExcept = "POP_EXCEPT", None, -1, -1,
        "pop the saved exception and make it the handled one again";
    CheckExcMatch = "CHECK_EXC_MATCH", None, 0, 0,
        "TOS = isinstance(TOS1, TOS) for an `except` clause (TOS must be an exception class or tuple)";
    BeforeWith = "BEFORE_WITH", None, 1, 1,
        "TOS is a context manager: replace it with its bound __exit__, then push the result of __enter__()";
    WithExceptStart = "WITH_EXCEPT_START", None, 1, 1,
        "stack: __exit__, lasti, previous exception, exception: push __exit__(type, exception, traceback)";
    ImportName = "IMPORT_NAME", Name, -1, -1,
        "pop fromlist and level, push __import__(name[a], ..., fromlist, level)";
    ImportFrom = "IMPORT_FROM", Name, 1, 1,
        "push the attribute name[a] of the module TOS";
    ImportStar = "IMPORT_STAR", None, -1, -1,
        "copy the public names of the module TOS into locals; pop";
    SetupAnnotations = "SETUP_ANNOTATIONS", None, 0, 0,
        "create __annotations__ in locals if it is missing";
    PrintExpr = "PRINT_EXPR", None, -1, -1,
        "interactive mode: pass TOS to sys.displayhook; pop";
}

impl Op {
    /// The opcode numbered `byte`, if there is one.
    pub fn from_u8(byte: u8) -> Option<Op> {
        Op::ALL.get(byte as usize).copied()
    }

    /// Whether the instruction can transfer control to its argument.
    pub fn is_jump(self) -> bool {
        self.arg_kind() == ArgKind::Jump
    }

    /// Whether execution never continues with the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(self, Op::ReturnValue | Op::RaiseVarargs | Op::Reraise | Op::JumpForward | Op::JumpBackward)
    }
}

/// Largest argument an instruction word holds without an `EXTENDED_ARG` prefix.
pub const MAX_INLINE_ARG: u32 = (1 << 24) - 1;

/// One instruction word: opcode in the low 8 bits, argument in the upper 24.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Instr(pub u32);

impl Instr {
    /// Packs `op` with `arg`, which must fit in 24 bits.
    #[inline]
    pub fn new(op: Op, arg: u32) -> Instr {
        debug_assert!(arg <= MAX_INLINE_ARG);
        Instr((op as u32) | (arg << 8))
    }

    /// The opcode.
    #[inline(always)]
    pub fn op(self) -> Op {
        let byte = (self.0 & 0xff) as usize;
        // Instructions are only built by `Instr::new`, so the byte is always a valid opcode;
        // the table lookup keeps this safe without relying on that.
        match Op::ALL.get(byte) {
            Some(op) => *op,
            None => Op::Nop,
        }
    }

    /// The opcode byte as stored.
    #[inline(always)]
    pub fn op_byte(self) -> u8 {
        (self.0 & 0xff) as u8
    }

    /// The 24-bit argument.
    #[inline(always)]
    pub fn arg(self) -> u32 {
        self.0 >> 8
    }
}

impl std::fmt::Debug for Instr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.op().name(), self.arg())
    }
}

/// The operator of a `BINARY_OP` instruction, numbered as in CPython 3.11.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    LShift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    RShift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
}

/// Offset added to a [`BinaryOp`] for its in-place (augmented assignment) form.
pub const INPLACE_OFFSET: u32 = 13;

impl BinaryOp {
    const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::LShift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::RShift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
    ];

    /// Decodes a `BINARY_OP` argument into the operator and whether it is in-place.
    pub fn from_arg(arg: u32) -> Option<(BinaryOp, bool)> {
        let inplace = arg >= INPLACE_OFFSET;
        let base = if inplace { arg - INPLACE_OFFSET } else { arg };
        BinaryOp::ALL.get(base as usize).map(|op| (*op, inplace))
    }

    /// The operator's symbol: `+`, `//`, ...
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::And => "&",
            BinaryOp::FloorDivide => "//",
            BinaryOp::LShift => "<<",
            BinaryOp::MatrixMultiply => "@",
            BinaryOp::Multiply => "*",
            BinaryOp::Remainder => "%",
            BinaryOp::Or => "|",
            BinaryOp::Power => "**",
            BinaryOp::RShift => ">>",
            BinaryOp::Subtract => "-",
            BinaryOp::TrueDivide => "/",
            BinaryOp::Xor => "^",
        }
    }

    /// The special method names: (`__add__`, `__radd__`, `__iadd__`).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinaryOp::And => ("__and__", "__rand__", "__iand__"),
            BinaryOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinaryOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinaryOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinaryOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
            BinaryOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
            BinaryOp::Or => ("__or__", "__ror__", "__ior__"),
            BinaryOp::Power => ("__pow__", "__rpow__", "__ipow__"),
            BinaryOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinaryOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
            BinaryOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinaryOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// The comparison of a `COMPARE_OP` instruction, numbered as in CPython.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    /// Decodes a `COMPARE_OP` argument.
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        Some(match arg {
            0 => CompareOp::Lt,
            1 => CompareOp::Le,
            2 => CompareOp::Eq,
            3 => CompareOp::Ne,
            4 => CompareOp::Gt,
            5 => CompareOp::Ge,
            _ => return None,
        })
    }

    /// The operator's symbol: `<`, `==`, ...
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The rich-comparison method name (`__lt__`, ...).
    pub fn dunder(self) -> &'static str {
        match self {
            CompareOp::Lt => "__lt__",
            CompareOp::Le => "__le__",
            CompareOp::Eq => "__eq__",
            CompareOp::Ne => "__ne__",
            CompareOp::Gt => "__gt__",
            CompareOp::Ge => "__ge__",
        }
    }

    /// The comparison with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
}

/// `MAKE_FUNCTION` flag: a tuple of positional defaults is on the stack.
pub const MAKE_FUNCTION_DEFAULTS: u32 = 0x01;
/// `MAKE_FUNCTION` flag: a dict of keyword-only defaults is on the stack.
pub const MAKE_FUNCTION_KWDEFAULTS: u32 = 0x02;
/// `MAKE_FUNCTION` flag: an annotations dict is on the stack.
pub const MAKE_FUNCTION_ANNOTATIONS: u32 = 0x04;
/// `MAKE_FUNCTION` flag: a tuple of closure cells is on the stack.
pub const MAKE_FUNCTION_CLOSURE: u32 = 0x08;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcodes_fit_in_a_byte_and_round_trip() {
        assert!(Op::ALL.len() <= 256);
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Op::from_u8(i as u8), Some(*op));
            let instr = Instr::new(*op, 12345);
            assert_eq!(instr.op(), *op);
            assert_eq!(instr.arg(), 12345);
        }
    }

    #[test]
    fn stack_effects() {
        assert_eq!(Op::BuildTuple.stack_effect(3, false), -2);
        assert_eq!(Op::ForIter.stack_effect(0, true), -1);
        assert_eq!(Op::MakeFunction.stack_effect(0x09, false), -2);
        assert_eq!(Op::UnpackEx.stack_effect(1 | (2 << 8), false), 3);
    }
}
