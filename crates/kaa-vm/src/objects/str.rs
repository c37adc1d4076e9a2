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
