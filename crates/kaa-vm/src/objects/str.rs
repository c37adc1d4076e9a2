//! The `str` payload: immutable text with its length in code points and a cached hash.
//!
//! Indexing by code point is O(1) for ASCII text (the common case); for other text it
//! walks the UTF-8, which is linear but never quadratic per operation.

use std::cell::Cell;

/// A Python `str`.
pub struct PyStr {
    value: Box<str>,
    char_len: usize,
    /// The hash once computed; `-1` means not yet (a real hash is never -1).
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr { char_len: s.chars().count(), value: s.into(), hash: Cell::new(-1) }
    }

    pub fn from_string(s: String) -> PyStr {
        PyStr { char_len: s.chars().count(), value: s.into_boxed_str(), hash: Cell::new(-1) }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.value
    }

    /// Length in code points (Python's `len`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.value.len()
    }

    /// The cached hash, if computed.
    #[inline]
    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.get();
        (h != -1).then_some(h)
    }

    pub fn set_hash(&self, h: i64) {
        self.hash.set(h);
    }

    /// The str hash, computed on first use and cached.
    #[inline]
    pub fn hash(&self) -> i64 {
        match self.cached_hash() {
            Some(h) => h,
            None => {
                let h = crate::protocols::hash::hash_str(&self.value);
                self.hash.set(h);
                h
            }
        }
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.value.as_bytes().get(i).map(|b| *b as char);
        }
        self.value.chars().nth(i)
    }

    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.value.len());
        }
        self.value.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.value.len())
    }

    /// The substring of code points `start..end`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.value[b0..b1]
    }
}

/// Whether CPython's `str.isspace` holds for `c`: Unicode White_Space plus the four
/// information separators `\x1c`..`\x1f` (bidirectional class B or S), which
/// `str.split()` and `str.strip()` also treat as whitespace.
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Text for the number parsers of `int()` and `float()`, as CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace becomes a space and
/// any decimal digit (of an assigned Nd character) its ASCII digit; None when another
/// non-ASCII character makes the text invalid.
pub fn decimal_to_ascii(s: &str) -> Option<std::borrow::Cow<'_, str>> {
    if s.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else if crate::format::assigned(c) {
            out.push(char::from_digit(decimal_value(c)?, 10)?);
        } else {
            return None;
        }
    }
    Some(std::borrow::Cow::Owned(out))
}

/// The value of a Unicode decimal digit (general category Nd), as CPython's
/// `Py_UNICODE_TODECIMAL`. Nd characters come in runs of ten from 0 to 9, so the value
/// is the distance from the start of the run, modulo ten.
pub fn decimal_value(c: char) -> Option<u32> {
    use unicode_general_category::{get_general_category, GeneralCategory};
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    let is_nd = |n: u32| char::from_u32(n).is_some_and(|c| get_general_category(c) == GeneralCategory::DecimalNumber);
    let n = c as u32;
    if !is_nd(n) {
        return None;
    }
    let mut start = n;
    while start > 0 && is_nd(start - 1) {
        start -= 1;
    }
    Some((n - start) % 10)
}
