//! Character classes the tokenizer's error messages depend on.

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::lexer::lex;
use ruff_python_parser::Mode;

/// Whether `text` lexes as exactly one name (ruff's lexer applies Python's XID rules).
fn lexes_as_one_name(text: &str) -> bool {
    let mut lexer = lex(text, Mode::Module);
    lexer.next_token() == TokenKind::Name && matches!(lexer.next_token(), TokenKind::Newline | TokenKind::EndOfFile)
}

/// Unicode XID_Start (Python identifiers' first character, besides '_').
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    lexes_as_one_name(c.encode_utf8(&mut [0; 4]))
}

/// Unicode XID_Continue.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let mut s = String::from("a");
    s.push(c);
    lexes_as_one_name(&s)
}

/// CPython's `Py_UNICODE_ISPRINTABLE`: false for the "Other" and "Separator" categories,
/// except the ASCII space. (Unassigned code points are treated as printable.)
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u == 0x20 {
        return true;
    }
    const RANGES: &[(u32, u32)] = &[
        // Cc
        (0x00, 0x1F),
        (0x7F, 0x9F),
        // Zs, Zl, Zp
        (0xA0, 0xA0),
        (0x1680, 0x1680),
        (0x2000, 0x200A),
        (0x2028, 0x2029),
        (0x202F, 0x202F),
        (0x205F, 0x205F),
        (0x3000, 0x3000),
        // Cf
        (0xAD, 0xAD),
        (0x600, 0x605),
        (0x61C, 0x61C),
        (0x6DD, 0x6DD),
        (0x70F, 0x70F),
        (0x890, 0x891),
        (0x8E2, 0x8E2),
        (0x180E, 0x180E),
        (0x200B, 0x200F),
        (0x202A, 0x202E),
        (0x2060, 0x2064),
        (0x2066, 0x206F),
        (0xFEFF, 0xFEFF),
        (0xFFF9, 0xFFFB),
        (0x110BD, 0x110BD),
        (0x110CD, 0x110CD),
        (0x13430, 0x13438),
        (0x1BCA0, 0x1BCA3),
        (0x1D173, 0x1D17A),
        (0xE0001, 0xE0001),
        (0xE0020, 0xE007F),
        // Co
        (0xE000, 0xF8FF),
        (0xF0000, 0xFFFFD),
        (0x100000, 0x10FFFD),
    ];
    !RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&u))
}
