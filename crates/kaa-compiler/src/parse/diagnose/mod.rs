//! Finding the SyntaxError CPython 3.11 would report for a program ruff rejected.
//!
//! ruff's parser recovers from errors and words them its own way; CPython reports one
//! error, chosen by its PEG parser's strategy. This module reproduces that strategy: a
//! tokenizer that behaves like CPython's ([`tokenizer`]), a parser that follows the 3.11
//! grammar alternative by alternative ([`expr`], [`stmt`], [`args`], [`params`],
//! [`pattern`], with the error rules in [`invalid`] and [`invalid_stmt`], and string checks in
//! [`strings`]), and
//! CPython's rules for which error wins and where it points ([`parser`], and `run` below):
//!
//! 1. A first pass without the `invalid_*` rules. Errors raised here (tokenizer errors,
//!    forced tokens such as the `:` after `def f()`, string errors) are final.
//! 2. If it fails, a second pass with the `invalid_*` rules, which raise specific messages.
//! 3. If neither raised, "invalid syntax" at the furthest token the *first* pass fetched
//!    (or "unexpected indent" when that token is an INDENT).
//! 4. Unless the tokenizer already stopped, the rest of the source is tokenized: a
//!    tokenizer error further on replaces the parser's error, and a bracket still open at
//!    the end replaces it if it was opened on an earlier line than the error.
//!
//! It only runs when ruff reports an error, so its speed does not matter much; it gives up
//! (returns `None`) on pathological input rather than take long.

mod args;
mod error;
mod expr;
mod invalid;
mod invalid_stmt;
mod params;
mod parser;
mod pattern;
mod stmt;
mod strings;
mod tokenizer;
mod tree;
mod unicode;

use crate::codegen::Mode;
use crate::error::{CompileError, ErrorKind};
use parser::{Parser, StartRule, Token};
pub use strings::fstring_quick_ok;
use tokenizer::{Done, T};
pub use unicode::is_printable;

/// The error CPython would report for `source`, if its parser rejects it.
pub fn diagnose(source: &str, mode: Mode, from_file: bool) -> Option<CompileError> {
    let mut buf = translate_newlines(source);
    if mode == Mode::Exec && buf.last() != Some(&b'\n') {
        buf.push(b'\n');
    }
    let start = match mode {
        Mode::Exec => StartRule::File,
        Mode::Eval => StartRule::Eval,
        Mode::Single => StartRule::Single,
    };
    let mut p = Parser::new(&buf, start);
    p.from_file = from_file;
    if p.run() || p.aborted {
        return None;
    }
    p.error.take().map(|e| e.into_compile_error())
}

/// Whether CPython 3.11 accepts the f-string literal `text` on its own (its tokenizer sees
/// one string token, and the string's contents pass its checks).
pub fn fstring_ok(text: &str) -> bool {
    let mut buf = translate_newlines(text);
    buf.push(b'\n');
    let mut p = Parser::new(&buf, StartRule::File);
    p.run() || p.aborted
}

/// `\r\n` and lone `\r` become `\n`, as CPython's string tokenizer does first.
fn translate_newlines(source: &str) -> Vec<u8> {
    let bytes = source.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + 1);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push(b'\n');
            if bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(b);
        }
        i += 1;
    }
    out
}

impl<'a> Parser<'a> {
    fn start(&mut self) -> bool {
        match self.start_rule {
            StartRule::File => self.file().is_some(),
            StartRule::Eval => self.eval().is_some(),
            StartRule::Single => self.interactive().is_some(),
            StartRule::FString => self.fstring().is_some(),
        }
    }

    /// CPython's `_PyPegen_run_parser`: true when the input parses.
    pub fn run(&mut self) -> bool {
        if self.start() && self.error.is_none() {
            if self.start_rule == StartRule::Single && self.bad_single_statement() {
                self.raise_last(ErrorKind::SyntaxError, "multiple statements found while compiling a single statement");
                return false;
            }
            return true;
        }
        if self.aborted {
            return false;
        }
        if self.error.as_ref().is_some_and(|e| !is_syntax_error(e.kind)) {
            return false;
        }
        let last_token = self.tokens.last().cloned();
        self.reset_for_error_pass();
        self.start();
        if self.aborted {
            return false;
        }
        self.set_syntax_error(last_token);
        false
    }

    /// Whether anything but blanks and comments follows the statement (`single` input).
    fn bad_single_statement(&self) -> bool {
        let mut rest = &self.src[self.tok.cur.min(self.src.len())..];
        loop {
            while let [b' ' | b'\t' | b'\n' | 0x0c, tail @ ..] = rest {
                rest = tail;
            }
            match rest.first() {
                None => return false,
                Some(b'#') => {}
                Some(_) => return true,
            }
            while let [c, tail @ ..] = rest {
                if *c == b'\n' {
                    break;
                }
                rest = tail;
            }
        }
    }

    fn set_syntax_error(&mut self, last_token: Option<Token>) {
        if let Some(e) = &self.error {
            if self.tok.done == Done::Ok && is_syntax_error(e.kind) {
                self.tokenize_full_source();
            }
            return;
        }
        let Some(last) = last_token else {
            self.raise_last(ErrorKind::SyntaxError, "error at start before reading any input");
            return;
        };
        if last.t == T::ErrorToken && self.tok.done == Done::Eof {
            if self.tok.level > 0 {
                self.raise_unclosed_paren();
            } else {
                self.raise_last(ErrorKind::SyntaxError, "unexpected EOF while parsing");
            }
            return;
        }
        if last.t == T::Indent || last.t == T::Dedent {
            let msg = if last.t == T::Indent { "unexpected indent" } else { "unexpected unindent" };
            self.raise_last(ErrorKind::IndentationError, msg);
            return;
        }
        let l = last.loc();
        self.raise_known(ErrorKind::SyntaxError, l.lineno, l.col, l.end_lineno, l.end_col, "invalid syntax");
        self.tokenize_full_source();
    }

    /// Tokenizes the rest of the input: a tokenizer error there replaces the current error,
    /// and so does a bracket left open on a line before the current error's.
    fn tokenize_full_source(&mut self) {
        let current_err_line = self.tokens.last().map(|t| t.lineno).unwrap_or(0);
        loop {
            let t = self.tok.get();
            match t.t {
                T::ErrorToken => {
                    if let Some(e) = self.tok.error.clone() {
                        self.error = Some(e);
                        return;
                    }
                    if self.tok.level != 0 {
                        if let Some(&(_, line, _)) = self.tok.parens.last() {
                            if current_err_line > line {
                                self.error = None;
                                self.raise_unclosed_paren();
                            }
                        }
                    }
                    return;
                }
                T::EndMarker => return,
                _ => {}
            }
        }
    }
}

fn is_syntax_error(kind: ErrorKind) -> bool {
    matches!(kind, ErrorKind::SyntaxError | ErrorKind::IndentationError | ErrorKind::TabError)
}
