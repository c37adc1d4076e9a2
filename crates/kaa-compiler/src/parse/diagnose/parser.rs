//! The PEG parser's machinery: tokens fetched on demand (CPython reports generic errors at
//! the furthest token it fetched, so fetching must happen exactly where CPython fetches),
//! backtracking, memoization, lookahead, and CPython's ways of locating an error.

use std::collections::HashMap;

use super::error::PyError;
use super::tokenizer::{keyword, Done, Tokenizer, T};
use super::tree::{Expr, Loc, E, K};
use crate::error::ErrorKind;

/// CPython's marker for "the tokenizer's current position" in error locations.
pub const CURRENT_POS: i64 = -5;
/// CPython's parser stack limit (MAXSTACK); beyond it the parser raises MemoryError.
const MAX_STACK: usize = 6000;
/// Give up (and let the caller fall back) after this many rule invocations.
const MAX_STEPS: u64 = 20_000_000;

#[derive(Clone, Debug)]
pub struct Token {
    pub t: T,
    pub start: Option<usize>,
    pub end: Option<usize>,
    pub lineno: i64,
    pub col: i64,
    pub end_lineno: i64,
    pub end_col: i64,
    /// Bracket nesting level after this token.
    pub level: usize,
}

impl Token {
    pub fn loc(&self) -> Loc {
        Loc { lineno: self.lineno, col: self.col, end_lineno: self.end_lineno, end_col: self.end_col }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum StartRule {
    File,
    Eval,
    Single,
    FString,
}

/// Memoized rules.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Rule {
    SimpleStmt,
    Block,
    Expression,
    StarExpression,
    Disjunction,
    Conjunction,
    Inversion,
    BitwiseOr,
    BitwiseXor,
    BitwiseAnd,
    ShiftExpr,
    Sum,
    Term,
    Factor,
    AwaitPrimary,
    Primary,
    TPrimary,
    Strings,
    Arguments,
    StarTarget,
    TargetWithStarAtom,
    DelTarget,
    ClosedPattern,
    StarPattern,
    InvalidNamedExpression,
    DottedName,
    Attr,
}

type MemoEntry = (Option<Option<E>>, usize);

pub struct Parser<'a> {
    pub tok: Tokenizer<'a>,
    pub src: &'a [u8],
    pub tokens: Vec<Token>,
    pub mark: usize,
    pub call_invalid: bool,
    pub error: Option<PyError>,
    memo: HashMap<(usize, Rule), MemoEntry>,
    depth: usize,
    steps: u64,
    /// Gave up: input too complex for this diagnoser.
    pub aborted: bool,
    pub start_rule: StartRule,
    pub starting_lineno: i64,
    pub starting_col_offset: i64,
    parsing_started: bool,
    /// Set by an alternative that matched but whose action produced nothing: CPython's
    /// generated code then returns from the rule without trying the other alternatives.
    pub stop_rule: bool,
    /// The source is a script read from a file (CPython's file tokenizer, whose buffer is
    /// empty once it reaches the end of input).
    pub from_file: bool,
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a [u8], start_rule: StartRule) -> Parser<'a> {
        Parser {
            tok: Tokenizer::new(src, 0),
            src,
            tokens: Vec::new(),
            mark: 0,
            call_invalid: false,
            error: None,
            memo: HashMap::new(),
            depth: 0,
            steps: 0,
            aborted: false,
            start_rule,
            starting_lineno: 0,
            starting_col_offset: 0,
            parsing_started: false,
            stop_rule: false,
            from_file: false,
        }
    }

    /// Prepares the second pass, which enables the `invalid_*` rules.
    pub fn reset_for_error_pass(&mut self) {
        self.memo.clear();
        self.mark = 0;
        self.call_invalid = true;
    }

    // ----- tokens -------------------------------------------------------------------------

    /// Fetches one more token (CPython's `_PyPegen_fill_token`); false on error.
    pub fn fill(&mut self) -> bool {
        let raw = self.tok.get();
        let mut t = raw.t;
        if t == T::Name {
            if let (Some(s), Some(e)) = (raw.start, raw.end) {
                if let Some(k) = keyword(&self.src[s..e]) {
                    t = k;
                }
            }
        }
        if self.start_rule == StartRule::Single && t == T::EndMarker && self.parsing_started {
            t = T::Newline;
            self.parsing_started = false;
            self.tok.imply_dedents();
        } else {
            self.parsing_started = true;
        }
        let is_str = raw.t == T::Str;
        let line_start = if is_str { self.tok.multi_line_start } else { self.tok.line_start };
        let lineno = if is_str { self.tok.first_lineno } else { self.tok.lineno };
        let end_lineno = self.tok.lineno;
        let mut col = match raw.start {
            Some(s) if s >= line_start => (s - line_start) as i64,
            _ => -1,
        };
        let mut end_col = match raw.end {
            Some(e) if e >= self.tok.line_start => (e - self.tok.line_start) as i64,
            _ => -1,
        };
        if self.tok.lineno == self.starting_lineno {
            col += self.starting_col_offset;
            end_col += self.starting_col_offset;
        }
        self.tokens.push(Token {
            t,
            start: raw.start,
            end: raw.end,
            lineno,
            col,
            end_lineno,
            end_col,
            level: self.tok.level,
        });
        if raw.t == T::ErrorToken {
            self.tokenizer_error();
            return false;
        }
        true
    }

    /// Turns the tokenizer's failure into the Python exception CPython raises.
    fn tokenizer_error(&mut self) {
        if let Some(e) = self.tok.error.clone() {
            self.error = Some(e);
            return;
        }
        let lineno = self.tok.lineno;
        match self.tok.done {
            Done::Eof => {
                if self.tok.level > 0 {
                    self.raise_unclosed_paren();
                } else {
                    self.raise_last(ErrorKind::SyntaxError, "unexpected EOF while parsing");
                }
            }
            Done::Dedent => {
                self.raise_last(ErrorKind::IndentationError, "unindent does not match any outer indentation level")
            }
            Done::TabSpace => self.raise_known(
                ErrorKind::TabError,
                lineno,
                0,
                lineno,
                -1,
                "inconsistent use of tabs and spaces in indentation",
            ),
            Done::TooDeep => {
                self.raise_known(ErrorKind::IndentationError, lineno, 0, lineno, -1, "too many levels of indentation")
            }
            Done::LineCont => {
                let col = self.tok.cur as i64 - self.tok.buf as i64 - 1;
                self.raise_known(
                    ErrorKind::SyntaxError,
                    lineno,
                    col.max(0),
                    lineno,
                    -1,
                    "unexpected character after line continuation character",
                )
            }
            _ => self.raise_known(ErrorKind::SyntaxError, lineno, 0, lineno, -1, "unknown parsing error"),
        }
    }

    pub fn raise_unclosed_paren(&mut self) {
        if let Some(&(c, line, col)) = self.tok.parens.last() {
            let msg = format!("'{}' was never closed", c as char);
            self.raise_known(ErrorKind::SyntaxError, line, col, line, -1, msg);
        }
    }

    /// Makes sure the token at `mark` has been fetched; false on error.
    pub fn ensure(&mut self) -> bool {
        if self.error.is_some() {
            return false;
        }
        if self.mark == self.tokens.len() && !self.fill() {
            return false;
        }
        true
    }

    /// The type of the token at `mark` (fetching it), or `None` on error.
    pub fn peek(&mut self) -> Option<T> {
        if !self.ensure() {
            return None;
        }
        Some(self.tokens[self.mark].t)
    }

    /// Consumes a token of type `t`; returns its index.
    pub fn expect(&mut self, t: T) -> Option<usize> {
        if self.peek()? != t {
            return None;
        }
        self.mark += 1;
        Some(self.mark - 1)
    }

    /// A forced token (`&&'x'` in the grammar): raises "expected 'x'" when absent.
    pub fn expect_forced(&mut self, t: T, what: &str) -> Option<usize> {
        if self.peek()? != t {
            let loc = self.tokens[self.mark].loc();
            return self.raise_loc(loc, format!("expected '{what}'"));
        }
        self.mark += 1;
        Some(self.mark - 1)
    }

    pub fn token_text(&self, i: usize) -> &'a [u8] {
        let t = &self.tokens[i];
        match (t.start, t.end) {
            (Some(s), Some(e)) if s <= e && e <= self.src.len() => &self.src[s..e],
            _ => b"",
        }
    }

    /// A NAME token as a Name expression.
    pub fn name(&mut self) -> Option<E> {
        let i = self.expect(T::Name)?;
        let id = String::from_utf8_lossy(self.token_text(i)).into_owned();
        Some(Expr::new(K::Name(id), self.tokens[i].loc()))
    }

    /// A soft keyword (`match`, `case`, `_`) spelled `kw`.
    pub fn soft_keyword(&mut self, kw: &str) -> Option<usize> {
        if self.peek()? != T::Name || self.token_text(self.mark) != kw.as_bytes() {
            return None;
        }
        self.mark += 1;
        Some(self.mark - 1)
    }

    /// SOFT_KEYWORD. CPython compares only the token's length of each soft keyword
    /// (`strncmp`), so any name that is a prefix of `match`, `case` or `_` matches.
    pub fn any_soft_keyword(&mut self) -> Option<usize> {
        if self.peek()? != T::Name {
            return None;
        }
        let text = self.token_text(self.mark);
        let is_prefix = |kw: &[u8]| text.len() <= kw.len() && kw[..text.len()] == *text;
        if !(is_prefix(b"_") || is_prefix(b"case") || is_prefix(b"match")) {
            return None;
        }
        self.mark += 1;
        Some(self.mark - 1)
    }

    /// Consumes the next token if it is one of `ts`.
    pub fn expect_any(&mut self, ts: &[T]) -> Option<usize> {
        let t = self.peek()?;
        if !ts.contains(&t) {
            return None;
        }
        self.mark += 1;
        Some(self.mark - 1)
    }

    // ----- combinators --------------------------------------------------------------------

    /// Runs a rule: checks the error indicator and stack depth, fetches the token at the
    /// start (rules that build nodes need its position), restores the mark on failure.
    pub fn rule<R>(&mut self, f: impl FnOnce(&mut Self) -> Option<R>) -> Option<R> {
        if self.error.is_some() || self.aborted {
            return None;
        }
        self.steps += 1;
        if self.steps > MAX_STEPS {
            self.aborted = true;
            return None;
        }
        if self.depth >= MAX_STACK {
            self.error = Some(PyError {
                kind: ErrorKind::MemoryError,
                msg: String::new(),
                lineno: 0,
                offset: 0,
                end_lineno: 0,
                end_offset: 0,
                text: None,
            });
            return None;
        }
        if !self.ensure() {
            return None;
        }
        let m = self.mark;
        self.depth += 1;
        let mut r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || f(self));
        self.depth -= 1;
        if self.error.is_some() {
            // Nothing succeeds once an error is set (a loop that hit a tokenizer error).
            r = None;
        }
        if r.is_none() {
            self.mark = m;
        }
        r
    }

    /// One alternative: restores the mark when it fails.
    pub fn alt<R>(&mut self, f: impl FnOnce(&mut Self) -> Option<R>) -> Option<R> {
        if self.error.is_some() || self.aborted {
            return None;
        }
        let m = self.mark;
        let r = f(self);
        if r.is_none() {
            self.mark = m;
        }
        r
    }

    /// Like [`Parser::alt`], only when the `invalid_*` rules are enabled (for alternatives
    /// that consist of one `invalid_*` rule: CPython guards only those).
    pub fn invalid<R>(&mut self, f: impl FnOnce(&mut Self) -> Option<R>) -> Option<R> {
        if !self.call_invalid {
            return None;
        }
        self.alt(f)
    }

    /// `&e` / `!e`: whether `f` matches here, without consuming anything.
    pub fn lookahead<R>(&mut self, f: impl FnOnce(&mut Self) -> Option<R>) -> bool {
        let m = self.mark;
        let r = f(self).is_some();
        self.mark = m;
        r
    }

    pub fn at(&mut self, t: T) -> bool {
        self.peek() == Some(t)
    }

    pub fn at_any(&mut self, ts: &[T]) -> bool {
        self.peek().is_some_and(|t| ts.contains(&t))
    }

    /// `x*`: zero or more.
    pub fn many<R>(&mut self, mut f: impl FnMut(&mut Self) -> Option<R>) -> Vec<R> {
        let mut out = Vec::new();
        loop {
            let m = self.mark;
            match f(self) {
                Some(r) => out.push(r),
                None => {
                    self.mark = m;
                    break;
                }
            }
        }
        out
    }

    /// `x+`: one or more.
    pub fn many1<R>(&mut self, f: impl FnMut(&mut Self) -> Option<R>) -> Option<Vec<R>> {
        let v = self.many(f);
        if v.is_empty() {
            None
        } else {
            Some(v)
        }
    }

    /// `s.x+`: one or more separated by token `sep` (the separator is consumed only when an
    /// item follows it).
    pub fn gather<R>(&mut self, sep: T, mut f: impl FnMut(&mut Self) -> Option<R>) -> Option<Vec<R>> {
        let first = f(self)?;
        let mut out = vec![first];
        loop {
            let m = self.mark;
            if self.expect(sep).is_none() {
                self.mark = m;
                break;
            }
            match f(self) {
                Some(r) => out.push(r),
                None => {
                    self.mark = m;
                    break;
                }
            }
        }
        Some(out)
    }

    /// Looks up (or computes and stores) a memoized rule result.
    pub fn memo<R: MemoValue>(&mut self, rule: Rule, f: impl FnOnce(&mut Self) -> Option<R>) -> Option<R> {
        self.rule(|p| {
            let key = (p.mark, rule);
            if let Some((v, end)) = p.memo.get(&key) {
                let end = *end;
                let v = v.clone();
                p.mark = end;
                return v.map(R::from_memo);
            }
            let start = p.mark;
            let r = f(p);
            if r.is_none() {
                p.mark = start;
            }
            let stored = r.as_ref().map(|x| x.to_memo());
            p.memo.insert(key, (stored, p.mark));
            r
        })
    }

    // ----- locations ----------------------------------------------------------------------

    /// The location from the token at `start` to the last token consumed (CPython's EXTRA).
    pub fn loc_from(&self, start: usize) -> Loc {
        let s = &self.tokens[start.min(self.tokens.len().saturating_sub(1))];
        let mut end = s;
        let mut m = self.mark;
        while m > 0 {
            m -= 1;
            let t = &self.tokens[m];
            end = t;
            if !matches!(t.t, T::EndMarker | T::Newline | T::Indent | T::Dedent) {
                break;
            }
        }
        Loc { lineno: s.lineno, col: s.col, end_lineno: end.end_lineno, end_col: end.end_col }
    }

    pub fn node(&self, kind: K, start: usize) -> E {
        Expr::new(kind, self.loc_from(start))
    }

    // ----- raising errors -----------------------------------------------------------------

    /// CPython's `_PyPegen_raise_error_known_location`: offsets are 1-based byte columns,
    /// converted to characters using the text of the error line.
    pub fn raise_at(
        &mut self,
        kind: ErrorKind,
        lineno: i64,
        mut col: i64,
        mut end_lineno: i64,
        mut end_col: i64,
        msg: impl Into<String>,
    ) {
        if self.error.is_some() {
            return;
        }
        if end_lineno == CURRENT_POS {
            end_lineno = self.tok.lineno;
        }
        if end_col == CURRENT_POS {
            end_col = self.tok.cur as i64 - self.tok.line_start as i64;
        }
        let mut msg = msg.into();
        if self.start_rule == StartRule::FString {
            msg = format!("f-string: {msg}");
        }
        let line: Vec<u8> = if self.tok.lineno <= lineno && self.tok.inp > self.tok.buf {
            self.src[self.tok.buf..self.tok.inp].to_vec()
        } else {
            let rel = if self.starting_lineno != 0 { lineno - self.starting_lineno + 1 } else { lineno };
            source_line(self.src, rel)
        };
        if self.start_rule == StartRule::FString {
            col -= self.starting_col_offset;
            end_col -= self.starting_col_offset;
        }
        // The nested parser of an f-string expression has no source encoding set, so
        // CPython leaves its offsets in bytes (even negative ones).
        let (offset, end_offset) = if self.start_rule == StartRule::FString {
            (col, end_col)
        } else {
            (byte_to_char(&line, col), if end_col > 0 { byte_to_char(&line, end_col) } else { end_col })
        };
        self.error = Some(PyError {
            kind,
            msg,
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: Some(String::from_utf8_lossy(&line).into_owned()),
        });
    }

    /// RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns.
    pub fn raise_known(
        &mut self,
        kind: ErrorKind,
        lineno: i64,
        col: i64,
        end_lineno: i64,
        end_col: i64,
        msg: impl Into<String>,
    ) {
        let col = if col == CURRENT_POS { CURRENT_POS } else { col + 1 };
        let end_col = if end_col == CURRENT_POS { CURRENT_POS } else { end_col + 1 };
        self.raise_at(kind, lineno, col, end_lineno, end_col, msg);
    }

    /// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched.
    pub fn raise_last(&mut self, kind: ErrorKind, msg: impl Into<String>) {
        let Some(t) = self.tokens.last().cloned() else {
            self.raise_at(kind, 0, 0, 0, -1, msg);
            return;
        };
        let col = if t.col == -1 {
            if self.tok.cur == self.tok.buf || (self.from_file && self.tok.done == Done::Eof) {
                0
            } else {
                self.tok.cur as i64 - self.tok.line_start as i64
            }
        } else {
            t.col + 1
        };
        let end_col = if t.end_col != -1 { t.end_col + 1 } else { -1 };
        self.raise_at(kind, t.lineno, col, t.end_lineno, end_col, msg);
    }

    /// RAISE_SYNTAX_ERROR as a rule result.
    pub fn syntax_error<R>(&mut self, msg: impl Into<String>) -> Option<R> {
        self.raise_last(ErrorKind::SyntaxError, msg);
        None
    }

    pub fn indentation_error<R>(&mut self, msg: impl Into<String>) -> Option<R> {
        self.raise_last(ErrorKind::IndentationError, msg);
        None
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg).
    pub fn raise_loc<R>(&mut self, a: Loc, msg: impl Into<String>) -> Option<R> {
        self.raise_known(ErrorKind::SyntaxError, a.lineno, a.col, a.end_lineno, a.end_col, msg);
        None
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg).
    pub fn raise_range<R>(&mut self, a: Loc, b: Loc, msg: impl Into<String>) -> Option<R> {
        self.raise_known(ErrorKind::SyntaxError, a.lineno, a.col, b.end_lineno, b.end_col, msg);
        None
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg).
    pub fn raise_starting_from<R>(&mut self, a: Loc, msg: impl Into<String>) -> Option<R> {
        self.raise_known(ErrorKind::SyntaxError, a.lineno, a.col, CURRENT_POS, CURRENT_POS, msg);
        None
    }

    pub fn tok_loc(&self, i: usize) -> Loc {
        self.tokens[i].loc()
    }
}

/// Values a memoized rule can return.
pub trait MemoValue: Sized {
    fn to_memo(&self) -> Option<E>;
    fn from_memo(v: Option<E>) -> Self;
}

impl MemoValue for E {
    fn to_memo(&self) -> Option<E> {
        Some(self.clone())
    }
    fn from_memo(v: Option<E>) -> Self {
        v.unwrap_or_else(|| Expr::new(K::Pattern, Loc::default()))
    }
}

impl MemoValue for () {
    fn to_memo(&self) -> Option<E> {
        None
    }
    fn from_memo(_: Option<E>) -> Self {}
}

/// Line `lineno` (1-based) of `src`, without its newline.
pub fn source_line(src: &[u8], lineno: i64) -> Vec<u8> {
    let mut start = 0;
    let mut n = 1;
    while n < lineno {
        match src[start..].iter().position(|&b| b == b'\n') {
            Some(i) if start + i + 1 < src.len() => start += i + 1,
            _ => break,
        }
        n += 1;
    }
    let rest = &src[start.min(src.len())..];
    let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
    rest[..end].to_vec()
}

/// CPython's `_PyPegen_byte_offset_to_character_offset`.
pub fn byte_to_char(line: &[u8], col: i64) -> i64 {
    let len = line.iter().position(|&b| b == 0).unwrap_or(line.len()) as i64;
    let col = col.clamp(0, len + 1);
    if col > len {
        return String::from_utf8_lossy(&line[..len as usize]).chars().count() as i64 + 1;
    }
    String::from_utf8_lossy(&line[..col as usize]).chars().count() as i64
}
