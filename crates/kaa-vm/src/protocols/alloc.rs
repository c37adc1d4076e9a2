//! Allocations whose size a Python program chooses (`[0] * n`, `bytes(n)`,
//! `s.ljust(n)`, `list(range(n))`): they must fail with `MemoryError`, as CPython's do,
//! instead of aborting the process. Rust's infallible `Vec::with_capacity`/`push` panic
//! on capacity overflow and abort when the allocator refuses, so these paths reserve
//! with `try_reserve` first.

use crate::error::PyResult;
use crate::vm::Vm;

impl Vm {
    /// An empty vector with room for `n` items, or MemoryError.
    pub fn alloc_vec<T>(&mut self, n: usize) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        if v.try_reserve_exact(n).is_err() {
            return Err(self.memory_error());
        }
        Ok(v)
    }

    /// Makes room for `extra` more items in `v` (amortised growth), or MemoryError.
    #[inline]
    pub fn reserve_more<T>(&mut self, v: &mut Vec<T>, extra: usize) -> PyResult<()> {
        if v.capacity() - v.len() < extra && v.try_reserve(extra).is_err() {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// An empty string with room for `bytes` bytes, or MemoryError.
    pub fn alloc_string(&mut self, bytes: usize) -> PyResult<String> {
        let mut s = String::new();
        if s.try_reserve_exact(bytes).is_err() {
            return Err(self.memory_error());
        }
        Ok(s)
    }

    /// `items` repeated `n` times, or MemoryError when the result cannot be allocated
    /// (CPython's list and tuple repetition report an oversized result this way too).
    pub fn repeat_items<T: Clone>(&mut self, items: &[T], n: usize) -> PyResult<Vec<T>> {
        if items.is_empty() || n == 0 {
            return Ok(Vec::new());
        }
        let Some(total) = items.len().checked_mul(n) else { return Err(self.memory_error()) };
        let mut out = self.alloc_vec(total)?;
        for _ in 0..n {
            out.extend_from_slice(items);
        }
        Ok(out)
    }

    /// `s` repeated `n` times. `units` is the length of `s` as Python counts it (code
    /// points); a result longer than `isize::MAX` units is CPython's OverflowError
    /// "repeated string is too long", a result that cannot be allocated a MemoryError.
    pub fn repeat_str(&mut self, s: &str, units: usize, n: usize) -> PyResult<String> {
        if s.is_empty() || n == 0 {
            return Ok(String::new());
        }
        if units > isize::MAX as usize / n {
            return Err(self.overflow_error("repeated string is too long"));
        }
        let Some(total) = s.len().checked_mul(n) else { return Err(self.memory_error()) };
        let mut out = self.alloc_string(total)?;
        for _ in 0..n {
            out.push_str(s);
        }
        Ok(out)
    }

    /// `b` repeated `n` times (bytes repetition: "repeated bytes are too long").
    pub fn repeat_bytes(&mut self, b: &[u8], n: usize) -> PyResult<Vec<u8>> {
        if b.is_empty() || n == 0 {
            return Ok(Vec::new());
        }
        if b.len() > isize::MAX as usize / n {
            return Err(self.overflow_error("repeated bytes are too long"));
        }
        self.repeat_items(b, n)
    }

    /// A vector of `n` copies of `fill`, or MemoryError.
    pub fn filled_vec<T: Clone>(&mut self, fill: T, n: usize) -> PyResult<Vec<T>> {
        let mut v = self.alloc_vec(n)?;
        v.resize(n, fill);
        Ok(v)
    }
}
