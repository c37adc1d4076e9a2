//! A located Python SyntaxError, with the fields CPython's `SyntaxError` carries.

use crate::error::{CompileError, ErrorKind};
use ruff_text_size::TextRange;

#[derive(Clone, Debug)]
pub struct PyError {
    pub kind: ErrorKind,
    pub msg: String,
    pub lineno: i64,
    /// 1-based character offsets, as `SyntaxError.offset` / `end_offset` (may be 0 or -1).
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
    pub text: Option<String>,
}

impl PyError {
    pub fn into_compile_error(self) -> CompileError {
        let mut e = CompileError::new(self.kind, self.msg, TextRange::default());
        e.located = true;
        // Negative offsets (CPython reports them for some f-string errors) are stored as
        // their two's complement, which the VM reads back with `as i64` (-1 is usize::MAX).
        e.lineno = self.lineno.max(0) as usize;
        e.offset = self.offset as usize;
        e.end_lineno = self.end_lineno.max(0) as usize;
        e.end_offset = self.end_offset as usize;
        e.text = self.text;
        e
    }
}
