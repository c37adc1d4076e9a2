//! `list.sort` and `sorted`: Tim Peters' timsort as CPython 3.11 runs it (the algorithm
//! of CPython's `Objects/listsort.txt`): natural runs extended to a minimum length by
//! binary insertion, merged under the "powersort" policy, with galloping merges. Doing
//! the same comparisons in the same order matters beyond speed: a program that prints
//! inside `__lt__`, counts comparisons, or sorts values that are not totally ordered
//! (NaNs) sees exactly CPython's behaviour.
//!
//! Everything here compares with one function, `lt(x, y)` meaning `x < y`, which may
//! run Python code and fail. On failure the slice still holds every element (some in
//! a partially merged order), as CPython guarantees.

use crate::error::PyResult;
use crate::vm::Vm;

/// How many consecutive wins make a merge switch to galloping, to begin with.
const MIN_GALLOP: usize = 7;

/// A pending run: `v[base..base + len]`, and its "power" (its depth in the conceptual
/// merge tree powersort follows), set when the next run is found.
#[derive(Copy, Clone)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

type Lt<'f, T> = dyn FnMut(&mut Vm, &T, &T) -> PyResult<bool> + 'f;

struct MergeState<T> {
    /// The current galloping threshold, adapted as merges go.
    min_gallop: usize,
    pending: Vec<Run>,
    /// Scratch space for the smaller run of a merge.
    tmp: Vec<T>,
    /// The length of the whole slice (powersort's powers are relative to it).
    len: usize,
}

/// Sorts `v` stably by `lt`.
pub fn timsort<T: Clone>(vm: &mut Vm, v: &mut [T], lt: &mut Lt<'_, T>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState { min_gallop: MIN_GALLOP, pending: Vec::new(), tmp: Vec::new(), len: n };
    let minrun = min_run_length(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = count_run(vm, &v[lo..lo + remaining], lt)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let forced = remaining.min(minrun);
            binary_insertion_sort(vm, &mut v[lo..lo + forced], run, lt)?;
            run = forced;
        }
        ms.found_new_run(vm, v, run, lt)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse(vm, v, lt)
}

/// The minimum run length for `n` items: `n` itself below 64, else a number in 32..=64
/// such that `n / minrun` is a power of two or a little less.
fn min_run_length(mut n: usize) -> usize {
    let mut low_bits = 0;
    while n >= 64 {
        low_bits |= n & 1;
        n >>= 1;
    }
    n + low_bits
}

/// The length of the run at the start of `v`, and whether it is strictly descending
/// (then the caller reverses it). Each element is compared with the one before it.
fn count_run<T>(vm: &mut Vm, v: &[T], lt: &mut Lt<'_, T>) -> PyResult<(usize, bool)> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let descending = lt(vm, &v[1], &v[0])?;
    let mut n = 2;
    while n < v.len() {
        let smaller = lt(vm, &v[n], &v[n - 1])?;
        if smaller != descending {
            break;
        }
        n += 1;
    }
    Ok((n, descending))
}

/// Sorts `v` whose first `sorted` items are already in order, inserting each further
/// item after the last one not greater than it (binary search).
fn binary_insertion_sort<T: Clone>(vm: &mut Vm, v: &mut [T], sorted: usize, lt: &mut Lt<'_, T>) -> PyResult<()> {
    for start in sorted.max(1)..v.len() {
        let pivot = v[start].clone();
        let (mut l, mut r) = (0, start);
        while l < r {
            let mid = l + (r - l) / 2;
            if lt(vm, &pivot, &v[mid])? {
                r = mid;
            } else {
                l = mid + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
    Ok(())
}

/// Where `key` goes in the sorted `a`, before any equal items: the `k` with
/// `a[k-1] < key <= a[k]`. The search starts at `hint` and gallops outwards (1, 3, 7,
/// ... away), then finishes with a binary search.
fn gallop_left<T>(vm: &mut Vm, key: &T, a: &[T], hint: usize, lt: &mut Lt<'_, T>) -> PyResult<usize> {
    let n = a.len();
    let (mut last, mut ofs): (usize, usize) = (0, 1);
    let (mut lo, mut hi);
    if lt(vm, &a[hint], key)? {
        // a[hint] < key: gallop right until a[hint + last] < key <= a[hint + ofs].
        let max = n - hint;
        while ofs < max {
            if lt(vm, &a[hint + ofs], key)? {
                last = ofs;
                ofs = ofs * 2 + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(max);
        lo = hint + last + 1;
        hi = hint + ofs;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - last].
        let max = hint + 1;
        while ofs < max {
            if lt(vm, &a[hint - ofs], key)? {
                break;
            }
            last = ofs;
            ofs = ofs * 2 + 1;
        }
        ofs = ofs.min(max);
        // In the C formulation lastofs = hint - ofs may be -1; one past it is the
        // lower bound here.
        lo = hint + 1 - ofs;
        hi = hint - last;
    }
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(vm, &a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Where `key` goes in the sorted `a`, after any equal items: the `k` with
/// `a[k-1] <= key < a[k]`, galloping from `hint` as `gallop_left` does.
fn gallop_right<T>(vm: &mut Vm, key: &T, a: &[T], hint: usize, lt: &mut Lt<'_, T>) -> PyResult<usize> {
    let n = a.len();
    let (mut last, mut ofs): (usize, usize) = (0, 1);
    let (mut lo, mut hi);
    if lt(vm, key, &a[hint])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - last].
        let max = hint + 1;
        while ofs < max {
            if lt(vm, key, &a[hint - ofs])? {
                last = ofs;
                ofs = ofs * 2 + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(max);
        lo = hint + 1 - ofs;
        hi = hint - last;
    } else {
        // a[hint] <= key: gallop right until a[hint + last] <= key < a[hint + ofs].
        let max = n - hint;
        while ofs < max {
            if lt(vm, key, &a[hint + ofs])? {
                break;
            }
            last = ofs;
            ofs = ofs * 2 + 1;
        }
        ofs = ofs.min(max);
        lo = hint + last + 1;
        hi = hint + ofs;
    }
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(vm, key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// The powersort "power" of the boundary between the run `s1..s1+n1` and the run of
/// `n2` items after it, in a slice of `n` items: the first bit position at which the
/// binary expansions of the two runs' midpoints (as fractions of `n`) differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl<T: Clone> MergeState<T> {
    /// A new run of `n2` items follows the top pending run: merge the pending runs whose
    /// power is greater than the new boundary's, then record that power on the top run.
    fn found_new_run(&mut self, vm: &mut Vm, v: &mut [T], n2: usize, lt: &mut Lt<'_, T>) -> PyResult<()> {
        let Some(top) = self.pending.last() else { return Ok(()) };
        let p = power(top.base, top.len, n2, self.len);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > p {
            self.merge_at(vm, v, self.pending.len() - 2, lt)?;
        }
        let last = self.pending.len() - 1;
        self.pending[last].power = p;
        Ok(())
    }

    /// Merges all pending runs, always the top two unless the third is shorter than
    /// the first.
    fn force_collapse(&mut self, vm: &mut Vm, v: &mut [T], lt: &mut Lt<'_, T>) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(vm, v, i, lt)?;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1` into one.
    fn merge_at(&mut self, vm: &mut Vm, v: &mut [T], i: usize, lt: &mut Lt<'_, T>) -> PyResult<()> {
        let Run { base: mut pa, len: mut na, .. } = self.pending[i];
        let Run { base: pb, len: nb, .. } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        if i + 3 == self.pending.len() {
            self.pending[i + 1] = self.pending[i + 2];
        }
        self.pending.pop();

        // Items of A not greater than B's first are already in place.
        let first_b = v[pb].clone();
        let k = gallop_right(vm, &first_b, &v[pa..pa + na], 0, lt)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Items of B not less than A's last are already in place.
        let last_a = v[pa + na - 1].clone();
        let nb = gallop_left(vm, &last_a, &v[pb..pb + nb], nb - 1, lt)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(vm, v, pa, na, pb, nb, lt)
        } else {
            self.merge_hi(vm, v, pa, na, pb, nb, lt)
        }
    }

    /// Merges run A (`na` items at `pa`) with the run B right after it, front to back,
    /// with A (the shorter) copied aside. Invariant: `dest + na == b`.
    #[allow(clippy::too_many_arguments)]
    fn merge_lo(
        &mut self,
        vm: &mut Vm,
        v: &mut [T],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
        lt: &mut Lt<'_, T>,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[pa..pa + na]);
        let tmp = std::mem::take(&mut self.tmp);
        let (mut dest, mut a, mut b) = (pa, 0usize, pb);
        let result = (|| -> PyResult<bool> {
            // Returns Ok(true) for "copy the rest of B, then A's last item".
            v[dest] = v[b].clone();
            dest += 1;
            b += 1;
            nb -= 1;
            if nb == 0 {
                return Ok(false);
            }
            if na == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                // One item at a time until a run wins `min_gallop` times in a row.
                loop {
                    if lt(vm, &v[b], &tmp[a])? {
                        v[dest] = v[b].clone();
                        dest += 1;
                        b += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(false);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        v[dest] = tmp[a].clone();
                        dest += 1;
                        a += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(true);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Gallop while either run keeps winning by long stretches.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(vm, &v[b].clone(), &tmp[a..a + na], 0, lt)?;
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].clone_from_slice(&tmp[a..a + k]);
                        dest += k;
                        a += k;
                        na -= k;
                        if na == 1 {
                            return Ok(true);
                        }
                        // Only an inconsistent comparison can empty A here.
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    v[dest] = v[b].clone();
                    dest += 1;
                    b += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(false);
                    }
                    let k = gallop_left(vm, &tmp[a], &v[b..b + nb], 0, lt)?;
                    bcount = k;
                    if k > 0 {
                        for j in 0..k {
                            v[dest + j] = v[b + j].clone();
                        }
                        dest += k;
                        b += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    v[dest] = tmp[a].clone();
                    dest += 1;
                    a += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(true);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            Ok(true) => {
                // A's last item belongs after all that remains of B.
                for j in 0..nb {
                    v[dest + j] = v[b + j].clone();
                }
                v[dest + nb] = tmp[a].clone();
            }
            // Finished or failed: what is left of A fills the gap before B's rest.
            _ => v[dest..dest + na].clone_from_slice(&tmp[a..a + na]),
        }
        self.tmp = tmp;
        result.map(|_| ())
    }

    /// Merges run A (`na` items at `pa`) with the run B right after it, back to front,
    /// with B (the shorter) copied aside. Positions are signed because they move left
    /// past `pa`. Invariant: `dest - nb == a`.
    #[allow(clippy::too_many_arguments)]
    fn merge_hi(
        &mut self,
        vm: &mut Vm,
        v: &mut [T],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
        lt: &mut Lt<'_, T>,
    ) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&v[pb..pb + nb]);
        let tmp = std::mem::take(&mut self.tmp);
        let at = |i: isize| i as usize;
        let mut dest = (pb + nb - 1) as isize;
        let mut a = (pa + na - 1) as isize;
        let mut b = nb as isize - 1;
        let result = (|| -> PyResult<bool> {
            // Returns Ok(true) for "move the rest of A, then B's first item".
            v[at(dest)] = v[at(a)].clone();
            dest -= 1;
            a -= 1;
            na -= 1;
            if na == 0 {
                return Ok(false);
            }
            if nb == 1 {
                return Ok(true);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if lt(vm, &tmp[at(b)], &v[at(a)])? {
                        v[at(dest)] = v[at(a)].clone();
                        dest -= 1;
                        a -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(false);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        v[at(dest)] = tmp[at(b)].clone();
                        dest -= 1;
                        b -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(true);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = tmp[at(b)].clone();
                    let k = na - gallop_right(vm, &key, &v[pa..pa + na], na - 1, lt)?;
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        a -= k as isize;
                        for j in (1..=k).rev() {
                            v[at(dest) + j] = v[at(a) + j].clone();
                        }
                        na -= k;
                        if na == 0 {
                            return Ok(false);
                        }
                    }
                    v[at(dest)] = tmp[at(b)].clone();
                    dest -= 1;
                    b -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return Ok(true);
                    }
                    let key = v[at(a)].clone();
                    let k = nb - gallop_left(vm, &key, &tmp[..nb], nb - 1, lt)?;
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        b -= k as isize;
                        for j in 1..=k {
                            v[at(dest) + j] = tmp[at(b) + j].clone();
                        }
                        nb -= k;
                        if nb == 1 {
                            return Ok(true);
                        }
                        // Only an inconsistent comparison can empty B here.
                        if nb == 0 {
                            return Ok(false);
                        }
                    }
                    v[at(dest)] = v[at(a)].clone();
                    dest -= 1;
                    a -= 1;
                    na -= 1;
                    if na == 0 {
                        return Ok(false);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        match result {
            Ok(true) => {
                // B's first item belongs before all that remains of A.
                for j in (0..na).rev() {
                    v[at(dest) - na + 1 + j] = v[at(a) - na + 1 + j].clone();
                }
                dest -= na as isize;
                v[at(dest)] = tmp[at(b)].clone();
            }
            // Finished or failed: what is left of B fills the gap after A's rest.
            _ => {
                if nb > 0 {
                    let start = at(dest) + 1 - nb;
                    v[start..start + nb].clone_from_slice(&tmp[..nb]);
                }
            }
        }
        self.tmp = tmp;
        result.map(|_| ())
    }
}
