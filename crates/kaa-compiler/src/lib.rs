//! Kaa's compiler: Python source → AST (ruff's parser) → symbol table → code objects.
//!
//! [`compile`] is the entry point. The result is a tree of [`kaa_bytecode::CodeUnit`]s
//! (nested functions are constants of their parent) that the VM loads once. Nothing
//! here depends on the VM, so the compiler is tested on its own (golden disassembly in
//! `tests/`).

pub mod anchors;
mod assemble;
pub mod codegen;
pub mod error;
mod future;
pub mod lines;
mod parse;
pub mod symtable;
pub mod unparse;

use std::rc::Rc;

use kaa_bytecode::CodeUnit;
use ruff_python_ast::Mod;
use ruff_text_size::Ranged;

pub use codegen::warnings::CompileWarning;
pub use codegen::Mode;
pub use error::{CompileError, ErrorKind};
pub use future::{CO_FUTURE_ANNOTATIONS, FUTURE_FLAGS_MASK};

/// How to compile, beyond the source and its mode (what `compile()`'s arguments and the
/// running program decide).
#[derive(Clone, Debug)]
pub struct CompileOptions {
    pub mode: Mode,
    /// A script python3 reads from a file or stdin (rather than a string): CPython's
    /// file tokenizer reports an error at the end of input at column 0, so its traceback
    /// shows no caret.
    pub from_file: bool,
    /// Future features in effect before the source's own `from __future__` imports
    /// (`compile()`'s flags, or those inherited from the calling code).
    pub future_flags: u32,
    /// 1 removes `assert` statements and makes `__debug__` false; 2 also drops
    /// docstrings (`compile(..., optimize=N)`, `-O`).
    pub optimize: u8,
    /// The Python recursion depth when compiling: CPython's compiler starts its own
    /// nesting count at three times it, against three times the recursion limit.
    pub recursion_depth: usize,
    pub recursion_limit: usize,
}

impl CompileOptions {
    pub fn new(mode: Mode) -> CompileOptions {
        CompileOptions {
            mode,
            from_file: false,
            future_flags: 0,
            optimize: 0,
            recursion_depth: 0,
            recursion_limit: 1000,
        }
    }
}

use crate::codegen::Compiler;
use crate::lines::LineIndex;
use crate::symtable::SymbolTable;

/// Runs only the CPython-style syntax check (normally used only after ruff reports an
/// error); for tests and tools.
#[doc(hidden)]
pub fn cpython_syntax_check(source: &str, mode: Mode) -> Option<CompileError> {
    parse::diagnose_source(source, mode, false)
}

/// Compiles `source` (named `filename` in code objects and errors).
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Rc<CodeUnit>, CompileError> {
    compile_with_warnings(source, filename, mode).map(|(unit, _)| unit)
}

/// [`compile`], also returning the SyntaxWarnings the compiler found (for the caller to
/// report, as CPython's `warnings` machinery would).
pub fn compile_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<(Rc<CodeUnit>, Vec<CompileWarning>), CompileError> {
    compile_with_options(source, filename, &CompileOptions::new(mode))
}

/// Compiles with everything [`CompileOptions`] controls; also returns the
/// SyntaxWarnings found.
pub fn compile_with_options(
    source: &str,
    filename: &str,
    opts: &CompileOptions,
) -> Result<(Rc<CodeUnit>, Vec<CompileWarning>), CompileError> {
    let result = match parse::parse(source, opts.mode, opts.from_file) {
        Ok(module) => {
            let result = compile_module(&module, source, filename, opts);
            drop_ast(module, source.len());
            result
        }
        Err(mut e) => {
            e.from_parser = true;
            Err(e)
        }
    };
    result.map_err(|e| {
        let from_parser = e.from_parser;
        let mut e = locate(e, source, filename);
        if !matches!(e.kind, ErrorKind::RecursionError | ErrorKind::MemoryError) {
            // CPython reads the error's line from the file the code names: for errors
            // after parsing always (none for `<string>`), for parser errors of whole
            // modules when the file exists (else the parsed line).
            let file_text = program_text(filename, e.lineno);
            if !from_parser {
                e.text = file_text;
            } else if opts.mode == Mode::Exec && file_text.is_some() {
                e.text = file_text;
            }
        }
        e
    })
}

/// Line `lineno` of the file `filename` as CPython's `PyErr_ProgramTextObject` reads it
/// for errors found after parsing: None when there is no such file (`<string>`).
fn program_text(filename: &str, lineno: usize) -> Option<String> {
    if lineno == 0 || (filename.starts_with('<') && filename.ends_with('>')) {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let line = text.split_inclusive('\n').nth(lineno - 1)?;
    let mut line = line.to_string();
    if !line.ends_with('\n') {
        line.push('\n');
    }
    Some(line)
}

fn compile_module(
    module: &Mod,
    source: &str,
    filename: &str,
    opts: &CompileOptions,
) -> Result<(Rc<CodeUnit>, Vec<CompileWarning>), CompileError> {
    let mode = opts.mode;
    let limits = symtable::Limits::for_depth(opts.recursion_depth, opts.recursion_limit);
    match module {
        Mod::Module(m) => {
            let (future_line, features) = future::check(&m.body, source)?;
            let future_flags = (opts.future_flags | features) & FUTURE_FLAGS_MASK;
            let annotations_as_strings = future_flags & CO_FUTURE_ANNOTATIONS != 0;
            let table = check_deep(SymbolTable::build(&m.body, None, annotations_as_strings, limits), source, mode)?;
            let mut compiler = Compiler::new(source, filename, table, mode);
            compiler.future_line = future_line;
            compiler.future_flags = future_flags;
            compiler.optimize = opts.optimize;
            compiler.max_nesting = nesting_backstop(limits);
            let unit = compiler.compile_module(&m.body)?;
            Ok((unit, std::mem::take(&mut compiler.warnings)))
        }
        Mod::Expression(e) => {
            let future_flags = opts.future_flags & FUTURE_FLAGS_MASK;
            let annotations_as_strings = future_flags & CO_FUTURE_ANNOTATIONS != 0;
            let table =
                check_deep(SymbolTable::build(&[], Some(&e.body), annotations_as_strings, limits), source, mode)?;
            let mut compiler = Compiler::new(source, filename, table, mode);
            compiler.future_flags = future_flags;
            compiler.optimize = opts.optimize;
            compiler.max_nesting = nesting_backstop(limits);
            let unit = compiler.compile_eval(&e.body)?;
            Ok((unit, std::mem::take(&mut compiler.warnings)))
        }
    }
}

/// Code generation's own nesting limit: a little beyond the symbol table's.
fn nesting_backstop(limits: symtable::Limits) -> u32 {
    (limits.limit.saturating_sub(limits.start) + 100).min(u32::MAX as usize) as u32
}

/// Nesting deeper than this may overflow CPython's parser stack (MAXSTACK), where some
/// constructs take three parser levels per AST level; ruff's parser has no such limit.
const DEEP_NESTING: usize = 1900;

/// CPython's parser fails (MemoryError) on programs nested beyond its stack limit, before
/// the symbol table's own recursion limit is reached: for deeply nested programs, and those
/// hitting the symbol table's limit, the CPython-style parser has the first word.
fn check_deep(table: Result<SymbolTable, CompileError>, source: &str, mode: Mode) -> Result<SymbolTable, CompileError> {
    let deep = match &table {
        Ok(t) => t.max_depth > DEEP_NESTING,
        Err(e) => e.kind == ErrorKind::RecursionError,
    };
    if deep {
        if let Some(mut parse_error) = parse::diagnose_source(source, mode, false) {
            parse_error.from_parser = true;
            return Err(parse_error);
        }
    }
    table
}

/// Drops the AST. Dropping is recursive, so a pathologically deep tree (which the
/// compiler rejected) is dropped on a stack grown to fit it.
fn drop_ast(module: Mod, source_len: usize) {
    if source_len < 64 * 1024 {
        // At most ~64K nodes deep: a few MB of drop frames at worst.
        stacker::grow(32 * 1024 * 1024, move || drop(module));
    } else {
        let size = source_len.saturating_mul(256).min(1 << 34);
        stacker::grow(size, move || drop(module));
    }
}

/// Fills in the line/column fields CPython reports for a SyntaxError.
fn locate(mut e: CompileError, source: &str, filename: &str) -> CompileError {
    e.filename = filename.to_string();
    if e.located {
        return e;
    }
    let lines = LineIndex::new(source);
    let start = e.range.start().to_u32().min(source.len() as u32);
    let end = e.range.end().to_u32().min(source.len() as u32);
    let (line, col) = lines.line_col(start);
    let (end_line, end_col) = lines.line_col(end);
    let text = lines.line_text(source, line);
    let char_col = |text: &str, col: u32| text.get(..col as usize).map(|t| t.chars().count()).unwrap_or(col as usize);
    e.lineno = line as usize;
    e.offset = char_col(text, col) + 1;
    let end_text = lines.line_text(source, end_line);
    let end_marker = e.end_offset;
    e.end_lineno = end_line as usize;
    e.end_offset = char_col(end_text, end_col) + 1;
    if end_marker == usize::MAX {
        e.end_lineno = e.lineno;
        e.end_offset = 0;
    } else if end_marker == usize::MAX - 1 {
        e.end_lineno = e.lineno;
        e.end_offset = usize::MAX; // -1
    }
    if !text.is_empty() {
        let mut t = text.to_string();
        if !t.ends_with('\n') {
            t.push('\n');
        }
        e.text = Some(t);
    }
    let _ = e.range.range();
    e
}
