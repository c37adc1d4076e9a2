//! String literals: the checks CPython 3.11 makes while building the AST for a run of
//! STRING tokens — escape decoding errors, bytes/str mixing, and f-strings, whose
//! expressions are parsed by a nested parser over `(expression)`.

use super::parser::{Parser, StartRule};
use super::tree::{C, E, K};

const MAX_NESTED_PARENS: usize = 200;

/// The parts of a string token: prefix flags and the body's byte range in the token.
struct StrParts {
    bytes: bool,
    raw: bool,
    fmode: bool,
    body: std::ops::Range<usize>,
}

fn split_string(text: &[u8]) -> Option<StrParts> {
    let mut i = 0;
    let (mut bytes, mut raw, mut fmode) = (false, false, false);
    while i < text.len() && text[i].is_ascii_alphabetic() {
        match text[i] {
            b'b' | b'B' => bytes = true,
            b'r' | b'R' => raw = true,
            b'f' | b'F' => fmode = true,
            _ => {}
        }
        i += 1;
    }
    let quote = *text.get(i)?;
    let triple = text.len() >= i + 6 && text[i + 1] == quote && text[i + 2] == quote;
    let q = if triple { 3 } else { 1 };
    if text.len() < i + 2 * q {
        return None;
    }
    Some(StrParts { bytes, raw, fmode, body: i + q..text.len() - q })
}

/// Whether `\N{name}` names a character (ruff's parser knows the Unicode names).
fn is_unicode_name(name: &[u8]) -> bool {
    let Ok(name) = std::str::from_utf8(name) else { return false };
    if name.contains(['"', '\\', '\n', '}']) {
        return false;
    }
    let src = format!("\"\\N{{{name}}}\"");
    ruff_python_parser::parse_expression(&src).is_ok()
}

/// CPython's unicode-escape decoding of a non-raw string body; returns the codec error.
fn check_unicode_escapes(body: &[u8]) -> Result<(), String> {
    // First the transformation `decode_unicode_with_escapes` makes: non-ASCII characters
    // become \UXXXXXXXX escapes (error positions refer to this buffer).
    let mut buf: Vec<u8> = Vec::with_capacity(body.len());
    let mut s = 0;
    while s < body.len() {
        if body[s] == b'\\' {
            buf.push(b'\\');
            s += 1;
            if s >= body.len() || body[s] & 0x80 != 0 {
                buf.extend_from_slice(b"u005c");
                if s >= body.len() {
                    break;
                }
            }
        }
        if body[s] & 0x80 != 0 {
            let t = s;
            while s < body.len() && body[s] & 0x80 != 0 {
                s += 1;
            }
            for ch in String::from_utf8_lossy(&body[t..s]).chars() {
                buf.extend_from_slice(format!("\\U{:08x}", ch as u32).as_bytes());
            }
        } else {
            buf.push(body[s]);
            s += 1;
        }
    }
    let end = buf.len();
    let mut i = 0;
    while i < end {
        if buf[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= end {
            return Err(codec_error(start, i, "\\ at end of string"));
        }
        let c = buf[i];
        i += 1;
        let (count, msg) = match c {
            b'0'..=b'7' => {
                for _ in 0..2 {
                    if i < end && (b'0'..=b'7').contains(&buf[i]) {
                        i += 1;
                    }
                }
                continue;
            }
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                if i < end && buf[i] == b'{' {
                    i += 1;
                    let name_start = i;
                    while i < end && buf[i] != b'}' {
                        i += 1;
                    }
                    if i >= end {
                        return Err(codec_error(start, i, "malformed \\N character escape"));
                    }
                    let name = &buf[name_start..i];
                    if !name.is_empty() {
                        i += 1;
                        if is_unicode_name(name) {
                            continue;
                        }
                        return Err(codec_error(start, i, "unknown Unicode character name"));
                    }
                }
                return Err(codec_error(start, i, "malformed \\N character escape"));
            }
            _ => continue,
        };
        let mut ch: u32 = 0;
        for _ in 0..count {
            if i >= end {
                return Err(codec_error(start, i, msg));
            }
            let Some(d) = (buf[i] as char).to_digit(16) else {
                return Err(codec_error(start, i, msg));
            };
            ch = ch.wrapping_shl(4) | d;
            i += 1;
        }
        if ch > 0x10FFFF {
            return Err(codec_error(start, i, "illegal Unicode character"));
        }
    }
    Ok(())
}

fn codec_error(start: usize, end: usize, reason: &str) -> String {
    format!("'unicodeescape' codec can't decode bytes in position {}-{}: {reason}", start, end.saturating_sub(1))
}

/// CPython's bytes escape decoding: only a bad `\x` escape is an error.
fn check_bytes_escapes(body: &[u8]) -> Result<(), String> {
    let mut i = 0;
    while i < body.len() {
        if body[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= body.len() {
            return Err("Trailing \\ in string".into());
        }
        let c = body[i];
        i += 1;
        if c == b'x' {
            let ok = i + 1 < body.len() && body[i].is_ascii_hexdigit() && body[i + 1].is_ascii_hexdigit();
            if !ok {
                return Err(format!("invalid \\x escape at position {start}"));
            }
            i += 2;
        }
    }
    Ok(())
}

impl<'a> Parser<'a> {
    /// `_PyPegen_concatenate_strings`: checks each STRING token of a run.
    pub fn concatenate_strings(&mut self, toks: &[usize]) -> Option<E> {
        if self.error.is_some() {
            // Looking for another STRING token hit a tokenizer error.
            return None;
        }
        let start = toks[0];
        let mut bytesmode = false;
        let mut any_f = false;
        for (i, &t) in toks.iter().enumerate() {
            let text = self.token_text(t).to_vec();
            let Some(parts) = split_string(&text) else {
                continue;
            };
            let body = &text[parts.body.clone()];
            if !parts.fmode {
                let raw = parts.raw || !body.contains(&b'\\');
                if parts.bytes {
                    if body.iter().any(|&b| b >= 0x80) {
                        let loc = self.tok_loc(t);
                        return self.raise_loc(loc, "bytes can only contain ASCII literal characters");
                    }
                    if !raw {
                        if let Err(msg) = check_bytes_escapes(body) {
                            return self.syntax_error(format!("(value error) {msg}"));
                        }
                    }
                } else if !raw {
                    if let Err(msg) = check_unicode_escapes(body) {
                        return self.syntax_error(format!("(unicode error) {msg}"));
                    }
                }
            }
            if i != 0 && bytesmode != parts.bytes {
                return self.syntax_error("cannot mix bytes and nonbytes literals");
            }
            bytesmode = parts.bytes;
            if parts.fmode {
                any_f = true;
                let mut pos = parts.body.start;
                self.fstring_parse(&text, &mut pos, parts.body.end, parts.raw, 0, t)?;
            }
        }
        let kind = if any_f { K::JoinedStr } else { K::Const(C::Other) };
        Some(self.node(kind, start))
    }

    /// Parses f-string contents at `*pos` (the whole body, or a format spec when `lvl` > 0).
    fn fstring_parse(&mut self, text: &[u8], pos: &mut usize, end: usize, raw: bool, lvl: u32, t: usize) -> Option<()> {
        loop {
            let doubled = self.fstring_find_literal(text, pos, end, raw, lvl)?;
            if doubled {
                continue;
            }
            if *pos >= end || text[*pos] == b'}' {
                break;
            }
            self.fstring_find_expr(text, pos, end, raw, lvl, t)?;
        }
        if lvl == 0 && *pos + 1 < end {
            return self.syntax_error("f-string: unexpected end of string");
        }
        if lvl != 0 && text.get(*pos) != Some(&b'}') {
            return self.syntax_error("f-string: expecting '}'");
        }
        Some(())
    }

    /// Scans literal text up to the next expression; `Some(true)` after a doubled brace.
    fn fstring_find_literal(&mut self, text: &[u8], pos: &mut usize, end: usize, raw: bool, lvl: u32) -> Option<bool> {
        let mut s = *pos;
        let literal_start = s;
        let mut doubled = false;
        while s < end {
            let mut ch = text[s];
            s += 1;
            if !raw && ch == b'\\' && s < end {
                ch = text[s];
                s += 1;
                if ch == b'N' {
                    if s < end {
                        let c = text[s];
                        s += 1;
                        if c == b'{' {
                            while s < end {
                                let c = text[s];
                                s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if lvl == 0 {
                    if s < end && text[s] == ch {
                        *pos = s + 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        *pos = s - 1;
                        return self.syntax_error("f-string: single '}' is not allowed");
                    }
                }
                s -= 1;
                break;
            }
        }
        let lit_end = s;
        if !doubled {
            *pos = s;
        }
        if !raw && literal_start != lit_end {
            if let Err(msg) = check_unicode_escapes(&text[literal_start..lit_end]) {
                return self.syntax_error(format!("(unicode error) {msg}"));
            }
        }
        Some(doubled)
    }

    /// Parses one `{expression[=][!conversion][:format_spec]}` at `*pos`.
    fn fstring_find_expr(
        &mut self,
        text: &[u8],
        pos: &mut usize,
        end: usize,
        raw: bool,
        lvl: u32,
        t: usize,
    ) -> Option<()> {
        if lvl >= 2 {
            return self.syntax_error("f-string: expressions nested too deeply");
        }
        *pos += 1;
        let expr_start = *pos;
        let mut quote_char = 0u8;
        let mut string_type = 0;
        let mut parens: Vec<u8> = Vec::new();
        while *pos < end {
            let ch = text[*pos];
            if ch == b'\\' {
                return self.syntax_error("f-string expression part cannot include a backslash");
            }
            if quote_char != 0 {
                if ch == quote_char {
                    if string_type == 3 {
                        if *pos + 2 < end && text[*pos + 1] == ch && text[*pos + 2] == ch {
                            *pos += 3;
                            string_type = 0;
                            quote_char = 0;
                            continue;
                        }
                    } else {
                        quote_char = 0;
                        string_type = 0;
                        *pos += 1;
                        continue;
                    }
                }
            } else if ch == b'\'' || ch == b'"' {
                if *pos + 2 < end && text[*pos + 1] == ch && text[*pos + 2] == ch {
                    string_type = 3;
                    *pos += 2;
                } else {
                    string_type = 1;
                }
                quote_char = ch;
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if parens.len() >= MAX_NESTED_PARENS {
                    return self.syntax_error("f-string: too many nested parenthesis");
                }
                parens.push(ch);
            } else if ch == b'#' {
                return self.syntax_error("f-string expression part cannot include '#'");
            } else if parens.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                if *pos + 1 < end {
                    let next = text[*pos + 1];
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *pos += 2;
                        continue;
                    }
                }
                if ch == b'>' || ch == b'<' {
                    *pos += 1;
                    continue;
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(opening) = parens.pop() else {
                    return self.syntax_error(format!("f-string: unmatched '{}'", ch as char));
                };
                let ok = matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !ok {
                    return self.syntax_error(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, opening as char
                    ));
                }
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote_char != 0 {
            return self.syntax_error("f-string: unterminated string");
        }
        if let Some(&opening) = parens.last() {
            return self.syntax_error(format!("f-string: unmatched '{}'", opening as char));
        }
        if *pos >= end {
            return self.syntax_error("f-string: expecting '}'");
        }
        self.fstring_compile_expr(text, expr_start, expr_end, t)?;
        if text[*pos] == b'=' {
            *pos += 1;
            while *pos < text.len() && matches!(text[*pos], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                *pos += 1;
            }
            if *pos >= end {
                return self.syntax_error("f-string: expecting '}'");
            }
        }
        if text[*pos] == b'!' {
            *pos += 1;
            if *pos >= end {
                return self.syntax_error("f-string: expecting '}'");
            }
            let conversion = text[*pos];
            *pos += 1;
            if !matches!(conversion, b's' | b'r' | b'a') {
                return self.syntax_error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if *pos < text.len() && text[*pos] == b':' {
            *pos += 1;
            if *pos >= end {
                return self.syntax_error("f-string: expecting '}'");
            }
            self.fstring_parse(text, pos, end, raw, lvl + 1, t)?;
        }
        if *pos >= end || text[*pos] != b'}' {
            return self.syntax_error("f-string: expecting '}'");
        }
        *pos += 1;
        Some(())
    }

    /// Parses the expression `text[start..end]` as CPython does: `(expression)` with a
    /// nested parser whose positions are shifted to the expression's place in the string.
    fn fstring_compile_expr(&mut self, text: &[u8], start: usize, end: usize, t: usize) -> Option<()> {
        let blank = text[start..end].iter().all(|&c| matches!(c, b' ' | b'\t' | b'\n' | 0x0c));
        if blank {
            let next = text.get(end).copied().unwrap_or(0);
            if matches!(next, b'!' | b':' | b'=') {
                return self.syntax_error(format!("f-string: expression required before '{}'", next as char));
            }
            return self.syntax_error("f-string: empty expression not allowed");
        }
        // fstring_find_expr_location: lines before the '{', and its column.
        let brace = start - 1;
        let mut lines = 0i64;
        let mut cols = 0i64;
        let newline_after_brace =
            text[start..].iter().take_while(|&&c| c != b'}' && c != b'\n').all(|&c| matches!(c, b' ' | b'\t' | 0x0c))
                && text[start..].iter().any(|&c| c == b'}' || c == b'\n');
        if !newline_after_brace {
            let mut s = brace;
            while s > 0 && text[s] != b'\n' {
                s -= 1;
            }
            cols += (brace - s) as i64;
            if text[s] == b'\n' {
                cols -= 1;
            }
        }
        lines += text[..brace].iter().filter(|&&c| c == b'\n').count() as i64;

        let mut src = Vec::with_capacity(end - start + 3);
        src.push(b'(');
        src.extend_from_slice(&text[start..end]);
        src.extend_from_slice(b")\n");
        let tok = &self.tokens[t];
        let (t_line, t_col) = (tok.lineno, tok.col);
        let mut sub = Parser::new(&src, StartRule::FString);
        sub.tok.lineno = t_line + lines - 1;
        sub.starting_lineno = t_line + lines;
        sub.starting_col_offset = if lines != 0 { cols } else { t_col + cols };
        if sub.run() {
            return Some(());
        }
        if sub.aborted {
            self.aborted = true;
            return None;
        }
        self.error = sub.error.take();
        None
    }
}

/// A quick, conservative version of the f-string checks for literals ruff accepted: true
/// when CPython 3.11 certainly accepts the f-string `text` (one STRING token for its
/// tokenizer, no backslash or `#` in expressions, nesting within limits, plain
/// expressions). False means "look closer" (see [`super::fstring_ok`]).
pub fn fstring_quick_ok(text: &[u8]) -> bool {
    if !one_string_token(text) {
        return false;
    }
    let Some(parts) = split_string(text) else { return false };
    let mut pos = parts.body.start;
    quick_scan(text, &mut pos, parts.body.end, parts.raw, 0) && pos == parts.body.end
}

/// Whether CPython's tokenizer reads all of `text` as one string literal.
fn one_string_token(text: &[u8]) -> bool {
    let mut i = 0;
    while i < text.len() && text[i].is_ascii_alphabetic() {
        i += 1;
    }
    let Some(&quote) = text.get(i) else { return false };
    let triple = text.len() >= i + 3 && text[i + 1] == quote && text[i + 2] == quote;
    let q = if triple { 3 } else { 1 };
    i += q;
    let mut run = 0;
    while i < text.len() {
        let c = text[i];
        i += 1;
        if c == quote {
            run += 1;
            if run == q {
                return i == text.len();
            }
            continue;
        }
        run = 0;
        if c == b'\\' {
            i += 1;
        } else if c == b'\n' && !triple {
            return false;
        }
    }
    false
}

fn quick_scan(text: &[u8], pos: &mut usize, end: usize, raw: bool, lvl: u32) -> bool {
    loop {
        // Literal text.
        while *pos < end {
            let c = text[*pos];
            if c == b'\\' && !raw {
                // Escapes are checked elsewhere only for the simple ones.
                match text.get(*pos + 1) {
                    Some(b'x' | b'u' | b'U' | b'N' | b'{' | b'}') | None => return false,
                    _ => *pos += 2,
                }
                continue;
            }
            if c == b'{' || c == b'}' {
                if lvl == 0 && text.get(*pos + 1) == Some(&c) {
                    *pos += 2;
                    continue;
                }
                if c == b'}' && lvl == 0 {
                    return false;
                }
                break;
            }
            *pos += 1;
        }
        if *pos >= end || text[*pos] == b'}' {
            return lvl == 0 || *pos < end;
        }
        // An expression.
        if lvl >= 2 {
            return false;
        }
        *pos += 1;
        let start = *pos;
        let mut quote = 0u8;
        let mut depth = 0usize;
        while *pos < end {
            let c = text[*pos];
            if c == b'\\' || c == b'#' || c == b'\n' {
                return false;
            }
            if quote != 0 {
                if c == quote {
                    quote = 0;
                }
            } else if c == b'\'' || c == b'"' {
                if text.get(*pos + 1) == Some(&c) {
                    return false;
                }
                quote = c;
            } else if matches!(c, b'(' | b'[' | b'{') {
                depth += 1;
            } else if matches!(c, b')' | b']' | b'}') && depth > 0 {
                depth -= 1;
            } else if depth == 0 && matches!(c, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                if text.get(*pos + 1) == Some(&b'=') && c != b':' && c != b'}' {
                    *pos += 2;
                    continue;
                }
                if c != b'<' && c != b'>' {
                    break;
                }
            } else if matches!(c, b')' | b']') {
                return false;
            }
            *pos += 1;
        }
        if quote != 0 || depth != 0 || *pos >= end {
            return false;
        }
        let expr = text[start..*pos].trim_ascii();
        if expr.is_empty() || expr[0] == b'*' || expr.starts_with(b"lambda") || expr.starts_with(b"yield") {
            return false;
        }
        if text[*pos] == b'=' {
            *pos += 1;
            while *pos < end && text[*pos].is_ascii_whitespace() {
                *pos += 1;
            }
        }
        if *pos < end && text[*pos] == b'!' {
            if !matches!(text.get(*pos + 1), Some(b's' | b'r' | b'a')) {
                return false;
            }
            *pos += 2;
        }
        if *pos < end && text[*pos] == b':' {
            *pos += 1;
            if !quick_scan(text, pos, end, raw, lvl + 1) {
                return false;
            }
        }
        if *pos >= end || text[*pos] != b'}' {
            return false;
        }
        *pos += 1;
    }
}
