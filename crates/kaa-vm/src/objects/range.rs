//! `range`: an immutable arithmetic sequence of ints.

/// A range; `len` is precomputed.
#[derive(Copy, Clone, Debug)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: i64,
}

impl RangeObj {
    pub fn new(start: i64, stop: i64, step: i64) -> RangeObj {
        let len = if step > 0 && start < stop {
            ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
        } else if step < 0 && start > stop {
            ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
        } else {
            0
        };
        RangeObj { start, stop, step, len }
    }

    /// The i-th element (0 <= i < len).
    pub fn item(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }

    /// Whether the int `v` is in the range.
    pub fn contains(&self, v: i64) -> bool {
        if self.len == 0 {
            return false;
        }
        let (v, start, step) = (v as i128, self.start as i128, self.step as i128);
        let stop = self.stop as i128;
        let inside = if step > 0 { v >= start && v < stop } else { v <= start && v > stop };
        inside && (v - start) % step == 0
    }
}

/// A range whose bounds or length do not fit in 64 bits (`range(10**20)`).
#[derive(Clone, Debug)]
pub struct BigRangeObj {
    pub start: num_bigint::BigInt,
    pub stop: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
    pub len: num_bigint::BigInt,
}

impl BigRangeObj {
    pub fn new(start: num_bigint::BigInt, stop: num_bigint::BigInt, step: num_bigint::BigInt) -> BigRangeObj {
        use num_integer::Integer;
        use num_traits::{Signed, Zero};
        let zero = num_bigint::BigInt::zero();
        let len = if step.is_positive() && start < stop {
            (&stop - &start - 1u32).div_floor(&step) + 1u32
        } else if step.is_negative() && start > stop {
            (&start - &stop - 1u32).div_floor(&(-&step)) + 1u32
        } else {
            zero
        };
        BigRangeObj { start, stop, step, len }
    }

    /// The i-th element (0 <= i < len).
    pub fn item(&self, i: &num_bigint::BigInt) -> num_bigint::BigInt {
        &self.start + i * &self.step
    }

    pub fn contains(&self, v: &num_bigint::BigInt) -> bool {
        use num_integer::Integer;
        use num_traits::{Signed, Zero};
        if self.len.is_zero() {
            return false;
        }
        let inside = if self.step.is_positive() {
            v >= &self.start && v < &self.stop
        } else {
            v <= &self.start && v > &self.stop
        };
        inside && (v - &self.start).mod_floor(&self.step).is_zero()
    }
}
