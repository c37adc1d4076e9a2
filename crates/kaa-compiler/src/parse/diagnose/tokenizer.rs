//! A tokenizer that behaves like CPython 3.11's C tokenizer: the same tokens, the same
//! positions (including its quirks: NEWLINE tokens have no width and start at a trailing
//! comment, INDENT/DEDENT/ENDMARKER have no column), the same bracket bookkeeping and the
//! same errors with the same locations. It reads the source line by line as CPython's string
//! tokenizer does, because several error locations depend on where it has got to.

use super::error::PyError;
use super::unicode::{is_printable, is_xid_continue, is_xid_start};
use crate::error::ErrorKind;

/// Token types. Keywords are told apart from names by the parser's token wrapper.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum T {
    EndMarker,
    Name,
    Number,
    Str,
    Newline,
    Indent,
    Dedent,
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    Lbrace,
    Rbrace,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    /// Any other character ('$', '?', '!', ...): never matched by the grammar.
    Op,
    ErrorToken,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

/// The keyword token type for `name`, if it is a reserved word.
pub fn keyword(name: &[u8]) -> Option<T> {
    Some(match name {
        b"False" => T::False,
        b"None" => T::None,
        b"True" => T::True,
        b"and" => T::And,
        b"as" => T::As,
        b"assert" => T::Assert,
        b"async" => T::Async,
        b"await" => T::Await,
        b"break" => T::Break,
        b"class" => T::Class,
        b"continue" => T::Continue,
        b"def" => T::Def,
        b"del" => T::Del,
        b"elif" => T::Elif,
        b"else" => T::Else,
        b"except" => T::Except,
        b"finally" => T::Finally,
        b"for" => T::For,
        b"from" => T::From,
        b"global" => T::Global,
        b"if" => T::If,
        b"import" => T::Import,
        b"in" => T::In,
        b"is" => T::Is,
        b"lambda" => T::Lambda,
        b"nonlocal" => T::Nonlocal,
        b"not" => T::Not,
        b"or" => T::Or,
        b"pass" => T::Pass,
        b"raise" => T::Raise,
        b"return" => T::Return,
        b"try" => T::Try,
        b"while" => T::While,
        b"with" => T::With,
        b"yield" => T::Yield,
        _ => return None,
    })
}

/// Why the tokenizer stopped (CPython's `tok->done` codes that matter here).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Done {
    Ok,
    Eof,
    /// An error already reported as a Python exception (`syntaxerror()`).
    Error,
    /// "unindent does not match any outer indentation level".
    Dedent,
    /// Inconsistent tabs and spaces.
    TabSpace,
    /// Too many indentation levels.
    TooDeep,
    /// A character after a line-continuation backslash.
    LineCont,
}

const EOF: i32 = -1;
const TABSIZE: i32 = 8;
const MAXINDENT: usize = 100;
const MAXLEVEL: usize = 200;

/// A raw token: its type and byte range (`None` for INDENT, DEDENT, ENDMARKER and errors).
pub struct RawToken {
    pub t: T,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

pub struct Tokenizer<'a> {
    pub src: &'a [u8],
    pub cur: usize,
    pub inp: usize,
    pub buf: usize,
    pub line_start: usize,
    pub lineno: i64,
    pub done: Done,
    atbol: bool,
    pendin: i32,
    indstack: Vec<i32>,
    altindstack: Vec<i32>,
    pub level: usize,
    /// Open brackets: (character, line, column in bytes).
    pub parens: Vec<(u8, i64, i64)>,
    start: Option<usize>,
    pub first_lineno: i64,
    pub multi_line_start: usize,
    /// The exception set by the tokenizer itself (CPython's `syntaxerror()`).
    pub error: Option<PyError>,
}

fn is_ident_start(c: i32) -> bool {
    (b'a' as i32..=b'z' as i32).contains(&c) || (b'A' as i32..=b'Z' as i32).contains(&c) || c == b'_' as i32 || c >= 128
}

fn is_ident_char(c: i32) -> bool {
    is_ident_start(c) || is_digit(c)
}

fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

fn is_xdigit(c: i32) -> bool {
    is_digit(c) || (b'a' as i32..=b'f' as i32).contains(&c) || (b'A' as i32..=b'F' as i32).contains(&c)
}

impl<'a> Tokenizer<'a> {
    /// `src` must already have its line endings translated to `\n` (and, for `exec`
    /// input, end with one). `first_line` is the number of the line before the first.
    pub fn new(src: &'a [u8], first_line: i64) -> Tokenizer<'a> {
        Tokenizer {
            src,
            cur: 0,
            inp: 0,
            buf: 0,
            line_start: 0,
            lineno: first_line,
            done: Done::Ok,
            atbol: true,
            pendin: 0,
            indstack: vec![0],
            altindstack: vec![0],
            level: 0,
            parens: Vec::new(),
            start: None,
            first_lineno: 0,
            multi_line_start: 0,
            error: None,
        }
    }

    /// At the end of interactive input: DEDENTs for every open indentation level.
    pub fn imply_dedents(&mut self) {
        let n = self.indstack.len() - 1;
        if n > 0 {
            self.pendin = -(n as i32);
            self.indstack.truncate(1);
            self.altindstack.truncate(1);
        }
    }

    fn underflow(&mut self) -> bool {
        if self.inp >= self.src.len() {
            self.done = Done::Eof;
            return false;
        }
        let end = match self.src[self.inp..].iter().position(|&b| b == b'\n') {
            Some(i) => self.inp + i + 1,
            None => self.src.len(),
        };
        self.lineno += 1;
        self.buf = self.cur;
        self.line_start = self.cur;
        self.inp = end;
        true
    }

    fn nextc(&mut self) -> i32 {
        loop {
            if self.cur != self.inp {
                let c = self.src[self.cur];
                self.cur += 1;
                return c as i32;
            }
            if self.done != Done::Ok {
                return EOF;
            }
            if !self.underflow() {
                self.cur = self.inp;
                return EOF;
            }
            self.line_start = self.cur;
        }
    }

    fn backup(&mut self, c: i32) {
        if c != EOF && self.cur > 0 {
            self.cur -= 1;
        }
    }

    /// The text of the current line from `line_start`, without its newline.
    fn line_text(&self) -> String {
        let rest = &self.src[self.line_start.min(self.src.len())..];
        let n = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        String::from_utf8_lossy(&rest[..n]).into_owned()
    }

    /// CPython's `syntaxerror()`: the error points just past the current character.
    fn syntax_error(&mut self, msg: String) -> RawToken {
        let upto = &self.src[self.line_start.min(self.cur)..self.cur];
        let col = String::from_utf8_lossy(upto).chars().count() as i64;
        self.syntax_error_range(msg, col, col)
    }

    fn syntax_error_range(&mut self, msg: String, col: i64, end_col: i64) -> RawToken {
        self.error = Some(PyError {
            kind: ErrorKind::SyntaxError,
            msg,
            lineno: self.lineno,
            offset: col,
            end_lineno: self.lineno,
            end_offset: end_col,
            text: Some(self.line_text()),
        });
        self.done = Done::Error;
        self.err_token()
    }

    fn err_token(&self) -> RawToken {
        RawToken { t: T::ErrorToken, start: None, end: None }
    }

    fn token(&self, t: T) -> RawToken {
        RawToken { t, start: self.start, end: Some(self.cur) }
    }

    fn continuation_line(&mut self) -> Option<i32> {
        let c = self.nextc();
        if c != b'\n' as i32 {
            self.done = Done::LineCont;
            return None;
        }
        let c = self.nextc();
        if c == EOF {
            self.done = Done::Eof;
            self.cur = self.inp;
            return None;
        }
        self.backup(c);
        Some(c)
    }

    fn indent_error(&mut self) -> RawToken {
        self.done = Done::TabSpace;
        self.cur = self.inp;
        self.err_token()
    }

    /// The next token.
    pub fn get(&mut self) -> RawToken {
        let mut blankline;
        'nextline: loop {
            self.start = None;
            blankline = false;
            if self.atbol {
                if let Some(t) = self.indentation(&mut blankline) {
                    return t;
                }
            }
            self.start = Some(self.cur);
            if self.pendin != 0 {
                let t = if self.pendin < 0 {
                    self.pendin += 1;
                    T::Dedent
                } else {
                    self.pendin -= 1;
                    T::Indent
                };
                return RawToken { t, start: None, end: None };
            }
            'again: loop {
                self.start = None;
                let mut c;
                loop {
                    c = self.nextc();
                    if !(c == b' ' as i32 || c == b'\t' as i32 || c == 0x0c) {
                        break;
                    }
                }
                self.start = Some(self.cur.saturating_sub(1));
                if c == b'#' as i32 {
                    while c != EOF && c != b'\n' as i32 {
                        c = self.nextc();
                    }
                }
                if c == EOF {
                    if self.level > 0 {
                        return self.err_token();
                    }
                    let t = if self.done == Done::Eof { T::EndMarker } else { T::ErrorToken };
                    return RawToken { t, start: None, end: None };
                }
                if is_ident_start(c) {
                    return self.identifier(c);
                }
                if c == b'\n' as i32 {
                    self.atbol = true;
                    if blankline || self.level > 0 {
                        continue 'nextline;
                    }
                    return RawToken { t: T::Newline, start: self.start, end: Some(self.cur - 1) };
                }
                if c == b'.' as i32 {
                    let c2 = self.nextc();
                    if is_digit(c2) {
                        return self.fraction(c2);
                    } else if c2 == b'.' as i32 {
                        let c3 = self.nextc();
                        if c3 == b'.' as i32 {
                            return self.token(T::Ellipsis);
                        }
                        self.backup(c3);
                        self.backup(b'.' as i32);
                    } else {
                        self.backup(c2);
                    }
                    return self.token(T::Dot);
                }
                if is_digit(c) {
                    return self.number(c);
                }
                if c == b'\'' as i32 || c == b'"' as i32 {
                    return self.string(c);
                }
                if c == b'\\' as i32 {
                    if self.continuation_line().is_none() {
                        return self.err_token();
                    }
                    continue 'again;
                }
                return self.operator(c);
            }
        }
    }

    /// Measures the indentation at the start of a line; returns a token on error.
    fn indentation(&mut self, blankline: &mut bool) -> Option<RawToken> {
        let mut col: i32 = 0;
        let mut altcol: i32 = 0;
        self.atbol = false;
        let mut cont_line_col = 0;
        let mut c;
        loop {
            c = self.nextc();
            if c == b' ' as i32 {
                col += 1;
                altcol += 1;
            } else if c == b'\t' as i32 {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol += 1;
            } else if c == 0x0c {
                col = 0;
                altcol = 0;
            } else if c == b'\\' as i32 {
                cont_line_col = if cont_line_col != 0 { cont_line_col } else { col };
                match self.continuation_line() {
                    Some(_) => {}
                    None => return Some(self.err_token()),
                }
            } else {
                break;
            }
        }
        self.backup(c);
        if c == b'#' as i32 || c == b'\n' as i32 {
            *blankline = true;
        }
        if !*blankline && self.level == 0 {
            if cont_line_col != 0 {
                col = cont_line_col;
                altcol = cont_line_col;
            }
            let top = *self.indstack.last().unwrap_or(&0);
            let alttop = *self.altindstack.last().unwrap_or(&0);
            if col == top {
                if altcol != alttop {
                    return Some(self.indent_error());
                }
            } else if col > top {
                if self.indstack.len() >= MAXINDENT {
                    self.done = Done::TooDeep;
                    self.cur = self.inp;
                    return Some(self.err_token());
                }
                if altcol <= alttop {
                    return Some(self.indent_error());
                }
                self.pendin += 1;
                self.indstack.push(col);
                self.altindstack.push(altcol);
            } else {
                while self.indstack.len() > 1 && col < *self.indstack.last().unwrap_or(&0) {
                    self.pendin -= 1;
                    self.indstack.pop();
                    self.altindstack.pop();
                }
                if col != *self.indstack.last().unwrap_or(&0) {
                    self.done = Done::Dedent;
                    self.cur = self.inp;
                    return Some(self.err_token());
                }
                if altcol != *self.altindstack.last().unwrap_or(&0) {
                    return Some(self.indent_error());
                }
            }
        }
        None
    }

    fn identifier(&mut self, first: i32) -> RawToken {
        let mut c = first;
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        loop {
            let ch = c as u8;
            if !(saw_b || saw_u || saw_f) && (ch == b'b' || ch == b'B') {
                saw_b = true;
            } else if !(saw_b || saw_u || saw_r || saw_f) && (ch == b'u' || ch == b'U') {
                saw_u = true;
            } else if !(saw_r || saw_u) && (ch == b'r' || ch == b'R') {
                saw_r = true;
            } else if !(saw_f || saw_b || saw_u) && (ch == b'f' || ch == b'F') {
                saw_f = true;
            } else {
                break;
            }
            c = self.nextc();
            if c == b'"' as i32 || c == b'\'' as i32 {
                return self.string(c);
            }
        }
        let mut nonascii = false;
        while is_ident_char(c) {
            if c >= 128 {
                nonascii = true;
            }
            c = self.nextc();
        }
        self.backup(c);
        if nonascii {
            if let Some(t) = self.verify_identifier() {
                return t;
            }
        }
        self.token(T::Name)
    }

    /// Reports the first character of a non-ASCII name that cannot be in an identifier.
    fn verify_identifier(&mut self) -> Option<RawToken> {
        let start = self.start.unwrap_or(self.cur);
        let text = String::from_utf8_lossy(&self.src[start..self.cur]).into_owned();
        let mut invalid = None;
        for (i, (off, ch)) in text.char_indices().enumerate() {
            let ok = if i == 0 { ch == '_' || is_xid_start(ch) } else { is_xid_continue(ch) };
            if !ok {
                invalid = Some((i, off, ch));
                break;
            }
        }
        let (i, off, ch) = invalid?;
        if i + 1 < text.chars().count() {
            self.cur = start + off + ch.len_utf8();
        }
        let msg = if is_printable(ch) {
            format!("invalid character '{ch}' (U+{:04X})", ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        Some(self.syntax_error(msg))
    }

    fn lookahead(&mut self, test: &[u8]) -> bool {
        let mut consumed = Vec::new();
        let res;
        loop {
            let c = self.nextc();
            if consumed.len() == test.len() {
                res = !is_ident_char(c);
                self.backup(c);
                break;
            } else if c == test[consumed.len()] as i32 {
                consumed.push(c);
                continue;
            }
            self.backup(c);
            res = false;
            break;
        }
        for c in consumed.into_iter().rev() {
            self.backup(c);
        }
        res
    }

    /// CPython's `verify_end_of_number`; `false` when an error was reported.
    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> bool {
        let r = match c as u8 {
            _ if c < 0 => false,
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => {
                let c2 = self.nextc();
                let r = c2 == b'f' as i32 || c2 == b'n' as i32 || c2 == b's' as i32;
                self.backup(c2);
                r
            }
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if r {
            // CPython only warns here (a DeprecationWarning).
            return true;
        }
        if is_ident_char(c) {
            self.backup(c);
            self.syntax_error(format!("invalid {kind} literal"));
            return false;
        }
        true
    }

    /// Digits with single underscores; returns the character after them, or `None` on error.
    fn decimal_tail(&mut self) -> Option<i32> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if c != b'_' as i32 {
                return Some(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                self.syntax_error("invalid decimal literal".into());
                return None;
            }
        }
    }

    fn number(&mut self, first: i32) -> RawToken {
        let mut c;
        if first == b'0' as i32 {
            c = self.nextc();
            match c as u8 {
                _ if c < 0 => {}
                b'x' | b'X' => return self.radix_number(16),
                b'o' | b'O' => return self.radix_number(8),
                b'b' | b'B' => return self.radix_number(2),
                _ => {}
            }
            let mut nonzero = false;
            loop {
                if c == b'_' as i32 {
                    c = self.nextc();
                    if !is_digit(c) {
                        self.backup(c);
                        return self.syntax_error("invalid decimal literal".into());
                    }
                }
                if c != b'0' as i32 {
                    break;
                }
                c = self.nextc();
            }
            let zeros_end = self.cur;
            if is_digit(c) {
                nonzero = true;
                c = match self.decimal_tail() {
                    Some(c) => c,
                    None => return self.err_token(),
                };
            }
            if c == b'.' as i32 {
                let c2 = self.nextc();
                return self.fraction(c2);
            } else if c == b'e' as i32 || c == b'E' as i32 {
                return self.exponent(c);
            } else if c == b'j' as i32 || c == b'J' as i32 {
                return self.imaginary();
            } else if nonzero {
                self.backup(c);
                let start = self.start.unwrap_or(0);
                let col = (start + 1 - self.line_start) as i64;
                let end_col = zeros_end as i64 - self.line_start as i64;
                return self.syntax_error_range(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                        .into(),
                    col,
                    end_col,
                );
            }
            if !self.verify_end_of_number(c, "decimal") {
                return self.err_token();
            }
        } else {
            c = match self.decimal_tail() {
                Some(c) => c,
                None => return self.err_token(),
            };
            if c == b'.' as i32 {
                let c2 = self.nextc();
                return self.fraction(c2);
            }
            return self.after_fraction(c);
        }
        self.backup(c);
        self.token(T::Number)
    }

    fn radix_number(&mut self, radix: u32) -> RawToken {
        let (name, ok): (&str, fn(i32) -> bool) = match radix {
            16 => ("hexadecimal", is_xdigit),
            8 => ("octal", |c| (b'0' as i32..b'8' as i32).contains(&c)),
            _ => ("binary", |c| c == b'0' as i32 || c == b'1' as i32),
        };
        let mut c = self.nextc();
        loop {
            if c == b'_' as i32 {
                c = self.nextc();
            }
            if !ok(c) {
                if radix != 16 && is_digit(c) {
                    return self.syntax_error(format!("invalid digit '{}' in {name} literal", c as u8 as char));
                }
                self.backup(c);
                return self.syntax_error(format!("invalid {name} literal"));
            }
            loop {
                c = self.nextc();
                if !ok(c) {
                    break;
                }
            }
            if c != b'_' as i32 {
                break;
            }
        }
        if radix != 16 && is_digit(c) {
            return self.syntax_error(format!("invalid digit '{}' in {name} literal", c as u8 as char));
        }
        if !self.verify_end_of_number(c, name) {
            return self.err_token();
        }
        self.backup(c);
        self.token(T::Number)
    }

    /// After the '.' of a number; `c` is the character following it.
    fn fraction(&mut self, mut c: i32) -> RawToken {
        if is_digit(c) {
            c = match self.decimal_tail() {
                Some(c) => c,
                None => return self.err_token(),
            };
        }
        self.after_fraction(c)
    }

    fn after_fraction(&mut self, c: i32) -> RawToken {
        if c == b'e' as i32 || c == b'E' as i32 {
            return self.exponent(c);
        }
        if c == b'j' as i32 || c == b'J' as i32 {
            return self.imaginary();
        }
        if !self.verify_end_of_number(c, "decimal") {
            return self.err_token();
        }
        self.backup(c);
        self.token(T::Number)
    }

    fn exponent(&mut self, e: i32) -> RawToken {
        let mut c = self.nextc();
        if c == b'+' as i32 || c == b'-' as i32 {
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return self.syntax_error("invalid decimal literal".into());
            }
        } else if !is_digit(c) {
            self.backup(c);
            if !self.verify_end_of_number(e, "decimal") {
                return self.err_token();
            }
            self.backup(e);
            return self.token(T::Number);
        }
        c = match self.decimal_tail() {
            Some(c) => c,
            None => return self.err_token(),
        };
        if c == b'j' as i32 || c == b'J' as i32 {
            return self.imaginary();
        }
        if !self.verify_end_of_number(c, "decimal") {
            return self.err_token();
        }
        self.backup(c);
        self.token(T::Number)
    }

    fn imaginary(&mut self) -> RawToken {
        let c = self.nextc();
        if !self.verify_end_of_number(c, "imaginary") {
            return self.err_token();
        }
        self.backup(c);
        self.token(T::Number)
    }

    fn string(&mut self, quote: i32) -> RawToken {
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;
        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1;
            }
        }
        if c != quote {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            c = self.nextc();
            if c == EOF || (quote_size == 1 && c == b'\n' as i32) {
                self.cur = self.start.unwrap_or(0) + 1;
                self.line_start = self.multi_line_start;
                let detected = self.lineno;
                self.lineno = self.first_lineno;
                let msg = if quote_size == 3 {
                    format!("unterminated triple-quoted string literal (detected at line {detected})")
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                return self.syntax_error(msg);
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' as i32 {
                    self.nextc();
                }
            }
        }
        self.token(T::Str)
    }

    fn operator(&mut self, c: i32) -> RawToken {
        let c2 = self.nextc();
        if let Some(t2) = two_chars(c, c2) {
            let c3 = self.nextc();
            if let Some(t3) = three_chars(c, c2, c3) {
                return self.token(t3);
            }
            self.backup(c3);
            return self.token(t2);
        }
        self.backup(c2);
        match c as u8 {
            b'(' | b'[' | b'{' => {
                if self.level >= MAXLEVEL {
                    return self.syntax_error("too many nested parentheses".into());
                }
                let col = self.start.unwrap_or(0) as i64 - self.line_start as i64;
                self.parens.push((c as u8, self.lineno, col));
                self.level += 1;
            }
            b')' | b']' | b'}' => {
                if self.level == 0 {
                    return self.syntax_error(format!("unmatched '{}'", c as u8 as char));
                }
                self.level -= 1;
                let (opening, line, _) = self.parens.pop().unwrap_or((b'(', 0, 0));
                let matches = matches!((opening, c as u8), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matches {
                    let (c, o) = (c as u8 as char, opening as char);
                    let msg = if line != self.lineno {
                        format!("closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {line}")
                    } else {
                        format!("closing parenthesis '{c}' does not match opening parenthesis '{o}'")
                    };
                    return self.syntax_error(msg);
                }
            }
            _ => {}
        }
        if c < 128 && !is_printable(char::from(c as u8)) {
            return self.syntax_error(format!("invalid non-printable character U+{:04X}", c));
        }
        self.token(one_char(c as u8))
    }
}

fn one_char(c: u8) -> T {
    match c {
        b'%' => T::Percent,
        b'&' => T::Amper,
        b'(' => T::Lpar,
        b')' => T::Rpar,
        b'*' => T::Star,
        b'+' => T::Plus,
        b',' => T::Comma,
        b'-' => T::Minus,
        b'.' => T::Dot,
        b'/' => T::Slash,
        b':' => T::Colon,
        b';' => T::Semi,
        b'<' => T::Less,
        b'=' => T::Equal,
        b'>' => T::Greater,
        b'@' => T::At,
        b'[' => T::Lsqb,
        b']' => T::Rsqb,
        b'^' => T::Circumflex,
        b'{' => T::Lbrace,
        b'|' => T::Vbar,
        b'}' => T::Rbrace,
        b'~' => T::Tilde,
        _ => T::Op,
    }
}

fn two_chars(c1: i32, c2: i32) -> Option<T> {
    if c1 < 0 || c2 < 0 || c1 > 127 || c2 > 127 {
        return None;
    }
    Some(match (c1 as u8, c2 as u8) {
        (b'!', b'=') => T::NotEqual,
        (b'%', b'=') => T::PercentEqual,
        (b'&', b'=') => T::AmperEqual,
        (b'*', b'*') => T::DoubleStar,
        (b'*', b'=') => T::StarEqual,
        (b'+', b'=') => T::PlusEqual,
        (b'-', b'=') => T::MinEqual,
        (b'-', b'>') => T::Rarrow,
        (b'/', b'/') => T::DoubleSlash,
        (b'/', b'=') => T::SlashEqual,
        (b':', b'=') => T::ColonEqual,
        (b'<', b'<') => T::LeftShift,
        (b'<', b'=') => T::LessEqual,
        (b'<', b'>') => T::NotEqual,
        (b'=', b'=') => T::EqEqual,
        (b'>', b'=') => T::GreaterEqual,
        (b'>', b'>') => T::RightShift,
        (b'@', b'=') => T::AtEqual,
        (b'^', b'=') => T::CircumflexEqual,
        (b'|', b'=') => T::VbarEqual,
        _ => return None,
    })
}

fn three_chars(c1: i32, c2: i32, c3: i32) -> Option<T> {
    if c3 != b'=' as i32 {
        return None;
    }
    Some(match (c1 as u8, c2 as u8) {
        (b'*', b'*') => T::DoubleStarEqual,
        (b'/', b'/') => T::DoubleSlashEqual,
        (b'<', b'<') => T::LeftShiftEqual,
        (b'>', b'>') => T::RightShiftEqual,
        _ => return None,
    })
}
