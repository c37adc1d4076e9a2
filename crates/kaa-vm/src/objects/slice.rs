//! `slice`: start, stop and step, each any value (usually int or None).

use crate::value::Value;

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Resolved slice indices for a sequence of a given length (CPython's
/// `PySlice_AdjustIndices`): iterate `start`, `start + step`, ... `len` times.
#[derive(Copy, Clone, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// Adjusts `start`/`stop` (None already replaced by the caller's defaults handling)
    /// for a sequence of `length` items.
    pub fn adjust(start_arg: Option<i64>, stop_arg: Option<i64>, step: i64, length: i64) -> SliceIndices {
        let (mut start, mut stop) = if step > 0 {
            (start_arg.unwrap_or(0), stop_arg.unwrap_or(length))
        } else {
            (start_arg.unwrap_or(length - 1), stop_arg.unwrap_or(-length - 1))
        };
        if start < 0 {
            start += length;
            if start < 0 {
                start = if step < 0 { -1 } else { 0 };
            }
        } else if start >= length {
            start = if step < 0 { length - 1 } else { length };
        }
        if stop < 0 {
            stop += length;
            if stop < 0 {
                stop = if step < 0 { -1 } else { 0 };
            }
        } else if stop >= length {
            stop = if step < 0 { length - 1 } else { length };
        }
        let len = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        SliceIndices { start, stop, step, len: len as usize }
    }

    /// The sequence indexes selected, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}
