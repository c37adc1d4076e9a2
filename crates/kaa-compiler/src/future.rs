//! `from __future__ import ...` statements, checked before anything else as CPython's
//! `future.c` does: unknown features are errors, and the statements are only honoured at
//! the top of a module (after its docstring).

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::error::{CompileError, ErrorKind};
use crate::lines::LineIndex;

/// Each feature with its compiler flag (the `CO_FUTURE_*` bit it sets in `co_flags`).
const FEATURES: &[(&str, u32)] = &[
    ("nested_scopes", 0),
    ("generators", 0),
    ("division", 0x20000),
    ("absolute_import", 0x40000),
    ("with_statement", 0x80000),
    ("print_function", 0x100000),
    ("unicode_literals", 0x200000),
    ("barry_as_FLUFL", 0x400000),
    ("generator_stop", 0x800000),
    ("annotations", CO_FUTURE_ANNOTATIONS),
];

/// `from __future__ import annotations`: annotations are stored as strings.
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x1000000;

/// The future flags that code objects carry and `compile()` accepts (CPython's
/// `PyCF_MASK`).
pub const FUTURE_FLAGS_MASK: u32 =
    0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | CO_FUTURE_ANNOTATIONS;

/// Checks the module's leading future imports; returns the line of the last one (0 if
/// none), before which every `from __future__` import must be, and the flags of the
/// features imported.
pub fn check(body: &[Stmt], source: &str) -> Result<(u32, u32), CompileError> {
    let lines = LineIndex::new(source);
    let mut future_line = 0;
    let mut flags = 0;
    let mut done = false;
    let mut prev_line = 0;
    let skip = usize::from(is_docstring(body.first()));
    for stmt in &body[skip..] {
        let line = lines.line(stmt.start().to_u32());
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        let Stmt::ImportFrom(i) = stmt else {
            done = true;
            continue;
        };
        if i.module.as_ref().map(|m| m.as_str()) != Some("__future__") || i.level != 0 {
            done = true;
            continue;
        }
        if done {
            // A future import after another statement on the same line (`import x; from
            // __future__ import y`); CPython reports the 0-based column here.
            return Err(error(
                &lines,
                source,
                stmt.range(),
                "from __future__ imports must occur at the beginning of the file",
                0,
            ));
        }
        for alias in &i.names {
            let name = alias.name.as_str();
            if name == "braces" {
                return Err(error(&lines, source, stmt.range(), "not a chance", 1));
            }
            match FEATURES.iter().find(|(n, _)| *n == name) {
                Some((_, flag)) => flags |= flag,
                None => {
                    let msg = format!("future feature {name} is not defined");
                    return Err(error(&lines, source, stmt.range(), msg, 1));
                }
            }
        }
        future_line = line;
    }
    Ok((future_line, flags))
}

fn is_docstring(stmt: Option<&Stmt>) -> bool {
    matches!(stmt, Some(Stmt::Expr(e)) if matches!(e.value.as_ref(), Expr::StringLiteral(_)))
}

/// CPython's `PyErr_SyntaxLocationObject`: a line and column, and no end column.
fn error(lines: &LineIndex, source: &str, range: TextRange, msg: impl Into<String>, col_base: usize) -> CompileError {
    let (line, col) = lines.line_col(range.start().to_u32());
    let text = lines.line_text(source, line);
    let col = text.get(..col as usize).map(|t| t.chars().count()).unwrap_or(col as usize);
    let mut e = CompileError::new(ErrorKind::SyntaxError, msg, range);
    e.located = true;
    e.lineno = line as usize;
    e.offset = col + col_base;
    e.end_lineno = line as usize;
    e.end_offset = CompileError::END_NONE;
    let mut t = text.to_string();
    if !t.ends_with('\n') {
        t.push('\n');
    }
    e.text = Some(t);
    e
}
