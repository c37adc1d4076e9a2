"""Bisection algorithms: find and keep insertion points in sorted lists.

Written for Kaa from the documentation and CPython 3.11's behaviour. The public
functions check their arguments as the C module's Argument Clinic parser does (same
messages); the work is done by the private `_`-prefixed versions."""

import _clinic

_NAMES = ['a', 'x', 'lo', 'hi', 'key']


def _args(fname, args, kwargs):
    return _clinic.parse(fname, args, kwargs, _NAMES, maxpos=4, required=2, defaults=(0, None, None))


def _insort(search, a, x, lo, hi, key):
    """Inserts x where `search` (bisect_left or bisect_right) places it."""
    if key is None:
        lo = search(a, x, lo, hi)
    else:
        lo = search(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_right(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    _insort(bisect_right, *_args('insort_right', args, kwargs))


def bisect_right(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    a, x, lo, hi, key = _args('bisect_right', args, kwargs)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def insort_left(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    _insort(bisect_left, *_args('insort_left', args, kwargs))


def bisect_left(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    a, x, lo, hi, key = _args('bisect_left', args, kwargs)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


bisect = bisect_right
insort = insort_right
