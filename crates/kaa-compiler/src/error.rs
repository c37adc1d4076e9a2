//! Compile errors: what the compiler reports instead of a code object.
//!
//! Every error is one of Python's compile-time exceptions (SyntaxError and its subclasses,
//! or RecursionError for input nested too deeply to compile), with CPython's message and
//! the location fields a `SyntaxError` carries.

use ruff_text_size::TextRange;

/// Which Python exception a compile error becomes.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep for the compiler ("maximum recursion depth exceeded during compilation").
    RecursionError,
    /// Nesting too deep for the parser (CPython raises a bare MemoryError).
    MemoryError,
}

impl ErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A compile error. `range` is a byte range in the source; [`crate::compile`] fills in the
/// line/column fields (1-based, columns counted in characters as CPython reports them).
#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub range: TextRange,
    pub filename: String,
    pub lineno: usize,
    /// 1-based character offset of the start; 0 when unknown. Read as `i64` (`as i64`):
    /// CPython reports negative offsets in a few cases, stored as two's complement.
    pub offset: usize,
    pub end_lineno: usize,
    /// 1-based character offset just past the end; 0 when unknown; `usize::MAX` is -1
    /// (and other negative values are stored as two's complement, like `offset`).
    pub end_offset: usize,
    /// The source line the error is on (with its newline), if known.
    pub text: Option<String>,
    /// The line/column fields and `text` are already filled in (by the diagnoser, which
    /// computes them exactly as CPython does); `range` is then unused.
    pub located: bool,
    /// Found by the parser (its `text` is the line of the source it parsed). Errors of
    /// the later stages take their text from the file named `filename`, as CPython's
    /// `PyErr_ProgramTextObject` does: none for `<string>` or `<stdin>`.
    pub from_parser: bool,
}

impl CompileError {
    /// `end_offset` value meaning "no end column" (CPython sets `end_offset` to None for
    /// `__future__` errors).
    pub const END_NONE: usize = usize::MAX - 1;

    pub fn new(kind: ErrorKind, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError {
            kind,
            msg: msg.into(),
            range,
            filename: String::new(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
            located: false,
            from_parser: false,
        }
    }

    /// The compiler's own recursion limit was hit.
    pub fn too_deep(range: TextRange) -> CompileError {
        CompileError::new(ErrorKind::RecursionError, "maximum recursion depth exceeded during compilation", range)
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({}, line {})", self.kind.name(), self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for CompileError {}
