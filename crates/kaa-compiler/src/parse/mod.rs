//! Parsing with ruff's parser, and reporting syntax errors as CPython does.
//!
//! ruff parses every program. When it reports an error, [`diagnose`] re-reads the source
//! the way CPython 3.11's tokenizer and PEG parser do, to find the error CPython reports
//! (its class, message and position). If that finds nothing (ruff rejects something
//! CPython's parser accepts, or the input is too complex for it), [`ruff_errors`] maps
//! ruff's own diagnostic instead.

mod diagnose;
mod ruff_errors;

use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{parse_unchecked, ParseOptions};

use crate::codegen::Mode;
use crate::error::CompileError;

/// Parses `source` for `mode` (`Eval` parses one expression).
pub fn parse(source: &str, mode: Mode) -> Result<Mod, CompileError> {
    let ruff_mode = if mode == Mode::Eval { ruff_python_parser::Mode::Expression } else { ruff_python_parser::Mode::Module };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    if parsed.errors().is_empty() && parsed.unsupported_syntax_errors().is_empty() {
        return Ok(parsed.into_syntax());
    }
    if let Some(e) = diagnose::diagnose(source, mode) {
        return Err(e);
    }
    Err(ruff_errors::ruff_error(source, &parsed))
}
