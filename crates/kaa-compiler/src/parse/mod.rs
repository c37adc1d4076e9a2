//! Parsing with ruff's parser, and reporting syntax errors as CPython does.
//!
//! ruff parses every program. When it reports an error, [`diagnose`] re-reads the source
//! the way CPython 3.11's tokenizer and PEG parser do, to find the error CPython reports
//! (its class, message and position). If that finds nothing (ruff rejects something
//! CPython's parser accepts, or the input is too complex for it), [`ruff_errors`] maps
//! ruff's own diagnostic instead.

mod diagnose;
mod ruff_errors;

pub use diagnose::is_printable;

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{parse_unchecked, ParseOptions, Parsed};
use ruff_text_size::Ranged;

use crate::codegen::Mode;
use crate::error::CompileError;

/// The CPython-style check alone.
pub fn diagnose_source(source: &str, mode: Mode, from_file: bool) -> Option<CompileError> {
    diagnose::diagnose(source, mode, from_file)
}

/// Parses `source` for `mode` (`Eval` parses one expression); `from_file` when it is a
/// script read from a file or stdin.
pub fn parse(source: &str, mode: Mode, from_file: bool) -> Result<Mod, CompileError> {
    let ruff_mode =
        if mode == Mode::Eval { ruff_python_parser::Mode::Expression } else { ruff_python_parser::Mode::Module };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    if parsed.errors().is_empty() && parsed.unsupported_syntax_errors().is_empty() {
        // Interactive input is small, and CPython checks more of it (one statement only).
        if mode == Mode::Single || suspicious(source, &parsed) {
            if let Some(e) = diagnose::diagnose(source, mode, from_file) {
                return Err(e);
            }
        }
        return Ok(parsed.into_syntax());
    }
    if let Some(e) = diagnose::diagnose(source, mode, from_file) {
        return Err(e);
    }
    Err(ruff_errors::ruff_error(source, &parsed))
}

/// Whether a program ruff accepted may still be one CPython 3.11 rejects: ruff does not
/// check that tabs and spaces are used consistently in indentation, and it parses
/// f-strings by the rules of Python 3.12 (deeper nesting, backslashes, comments, reused
/// quotes...); nor does it limit the depth of indentation and brackets.
/// Only such programs pay for a second look.
fn suspicious(source: &str, parsed: &Parsed<Mod>) -> bool {
    let tab_indent = source
        .split(['\n', '\r'])
        .any(|line| line.bytes().take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c')).any(|b| b == b'\t'));
    if tab_indent {
        return true;
    }
    let mut depth = 0;
    let mut start = 0;
    // CPython's tokenizer limits (MAXINDENT, MAXLEVEL) that ruff does not have.
    let (mut indent, mut brackets) = (0usize, 0usize);
    for token in parsed.tokens().iter() {
        match token.kind() {
            TokenKind::Indent => {
                indent += 1;
                if indent >= 99 {
                    return true;
                }
            }
            TokenKind::Dedent => indent = indent.saturating_sub(1),
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                brackets += 1;
                if brackets >= 199 {
                    return true;
                }
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => brackets = brackets.saturating_sub(1),
            TokenKind::FStringStart => {
                if depth == 0 {
                    start = token.start().to_usize();
                }
                depth += 1;
            }
            TokenKind::FStringEnd if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let text = &source[start..token.end().to_usize()];
                    if !diagnose::fstring_quick_ok(text.as_bytes()) && !diagnose::fstring_ok(text) {
                        return true;
                    }
                }
            }
            _ => {}
        }
    }
    false
}
