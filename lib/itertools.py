"""Functional tools for creating and using iterators.

Written for Kaa from the documentation and CPython 3.11's observable behaviour: each
iterator is a class (so type(), repr() and the argument errors are CPython's) whose
__next__ advances an internal generator or its own counters."""

import _clinic
from _clinic import index as _index

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


class _GenIter:
    """Base of the iterators that run a generator: the subclass's __init__ sets
    self._gen."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


class count:
    """Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step"""

    def __init__(self, *args, **kwargs):
        start, step = _clinic.parse('count', args, kwargs, ('start', 'step'), defaults=(0, 1))
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {step!r})'


class cycle(_GenIter):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, *args, **kwargs):
        iterable, = _clinic.positional('cycle', args, kwargs, 1, 1)
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, *args, **kwargs):
        obj, times = _clinic.parse('repeat', args, kwargs, ('object', 'times'), required=1,
                                   defaults=(None,))
        self._object = obj
        if times is None and 'times' not in kwargs and len(args) < 2:
            self._times = None
        else:
            self._times = max(_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


class accumulate(_GenIter):
    """Return series of accumulated sums (or other binary function results)."""

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _clinic.parse('accumulate', args, kwargs,
                                                ('iterable', 'func', 'initial'), maxpos=2, required=1)
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            for total in it:
                break
            else:
                return
        yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total


class chain(_GenIter):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables, **kwargs):
        _clinic.no_kwargs('chain', kwargs)
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for source in sources:
            yield from iter(source)

    @classmethod
    def from_iterable(cls, *args, **kwargs):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        # CPython's METH_O: one positional argument, in its words.
        if kwargs:
            raise TypeError('chain.from_iterable() takes no keyword arguments')
        if len(args) != 1:
            raise TypeError(f'chain.from_iterable() takes exactly one argument ({len(args)} given)')
        iterable, = args
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class compress(_GenIter):
    """Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements."""

    def __init__(self, *args, **kwargs):
        data, selectors = _clinic.parse('compress', args, kwargs, ('data', 'selectors'), required=2)
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_GenIter):
    """Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted."""

    def __init__(self, *args, **kwargs):
        predicate, iterable = _clinic.positional('dropwhile', args, kwargs, 2, 2)
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class takewhile(_GenIter):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""

    def __init__(self, *args, **kwargs):
        predicate, iterable = _clinic.positional('takewhile', args, kwargs, 2, 2)
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                return
            yield x


class filterfalse(_GenIter):
    """Return those items of iterable for which function(item) is false.

If function is None, return the items that are false."""

    def __init__(self, *args, **kwargs):
        function, iterable = _clinic.positional('filterfalse', args, kwargs, 2, 2)
        if function is None:
            self._gen = (x for x in iter(iterable) if not x)
        else:
            self._gen = (x for x in iter(iterable) if not function(x))


class starmap(_GenIter):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""

    def __init__(self, *args, **kwargs):
        function, iterable = _clinic.positional('starmap', args, kwargs, 2, 2)
        # Each item becomes an argument tuple first (its own "not iterable" error).
        self._gen = (function(*tuple(item)) for item in iter(iterable))


class pairwise(_GenIter):
    """Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ..."""

    def __init__(self, *args, **kwargs):
        iterable, = _clinic.positional('pairwise', args, kwargs, 1, 1)
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield a, b
            a = b


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        # A group is valid only until its groupby moves on.
        if parent._grouper is not self:
            raise StopIteration
        if parent._currvalue is _EMPTY:
            parent._step()
        if parent._currkey != self._tgtkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _EMPTY
        return value


_EMPTY = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping."""

    def __init__(self, *args, **kwargs):
        iterable, key = _clinic.parse('groupby', args, kwargs, ('iterable', 'key'), required=1)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _EMPTY
        self._grouper = None

    def _step(self):
        value = next(self._it)
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value

    def __iter__(self):
        return self

    def __next__(self):
        self._grouper = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _EMPTY:
                self._step()
            elif self._tgtkey is _EMPTY:
                break
            else:
                if not self._tgtkey == self._currkey:
                    break
                self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._grouper = grouper
        return self._currkey, grouper


_STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_INDEX_MESSAGE = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def _islice_arg(value, message, default):
    if value is None:
        return default
    try:
        n = _index(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= n <= _MAXSIZE:
        raise ValueError(message)
    return n


class islice:
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        _clinic.positional('islice', args, {}, 2, 4)
        seq = args[0]
        if len(args) == 2:
            start, stop, step = 0, _islice_arg(args[1], _STOP_MESSAGE, -1), 1
        else:
            stop = _islice_arg(args[2], _STOP_MESSAGE, -1)
            start = _islice_arg(args[1], _INDEX_MESSAGE, 0)
            step = 1
            if len(args) == 4 and args[3] is not None:
                try:
                    step = _index(args[3])
                except TypeError:
                    step = -1
                if step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        # Skip up to the next wanted position, then stop at `stop` without consuming.
        while self._count < self._next:
            next(it)
            self._count += 1
        if stop != -1 and self._count >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        old = self._next
        self._next += self._step
        if self._next < old or (stop != -1 and self._next > stop):
            self._next = stop
        return item


def _r_value(r):
    if r is None:
        return None
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_GenIter):
    """Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""

    def __init__(self, *args, **kwargs):
        iterable, r = _clinic.parse('permutations', args, kwargs, ('iterable', 'r'), required=1)
        pool = tuple(iterable)
        r = _r_value(r)
        self._gen = self._run(pool, len(pool) if r is None else r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        # Lexicographic order of index tuples: the next permutation is found by the
        # rightmost position whose index can grow to an unused larger one.
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


def _combination_args(fname, args, kwargs):
    iterable, r = _clinic.parse(fname, args, kwargs, ('iterable', 'r'), required=2)
    pool = tuple(iterable)
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return pool, r


class combinations(_GenIter):
    """Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""

    def __init__(self, *args, **kwargs):
        pool, r = _combination_args('combinations', args, kwargs)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            # The rightmost index that is not at its final position moves up by one;
            # the ones after it follow consecutively.
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenIter):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')"""

    def __init__(self, *args, **kwargs):
        pool, r = _combination_args('combinations_with_replacement', args, kwargs)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)


class product(_GenIter):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
The leftmost iterators are in the outermost for-loop, so the output tuples
cycle in a manner similar to an odometer (with the rightmost element changing
on every iteration).

To compute the product of an iterable with itself, specify the number
of repetitions with the optional repeat keyword argument. For example,
product(A, repeat=4) means the same as product(A, A, A, A).

product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ..."""

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        if kwargs:
            if len(kwargs) > 1:
                raise TypeError(f'product() takes at most 1 keyword argument ({len(kwargs)} given)')
            for key in kwargs:
                if key != 'repeat':
                    raise TypeError(f"'{key}' is an invalid keyword argument for product()")
            repeat = _index(kwargs['repeat'])
            if repeat < 0:
                raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        if any(not pool for pool in pools):
            return
        # An odometer of indices, the rightmost turning fastest.
        indices = [0] * len(pools)
        while True:
            yield tuple(pool[i] for pool, i in zip(pools, indices))
            for k in reversed(range(len(pools))):
                indices[k] += 1
                if indices[k] < len(pools[k]):
                    break
                indices[k] = 0
            else:
                return


class zip_longest(_GenIter):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if set(kwargs) != {'fillvalue'}:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        if not iterators:
            return
        active = len(iterators)
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    values.append(fillvalue)
            yield tuple(values)


class _tee:
    """Iterator wrapped to make it copyable."""

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._node = iterable._node
        else:
            self._source = iter(iterable)
            # A linked list of the values read so far that some copy still needs:
            # each node is [value, next node]; a copy holds the node before its next.
            self._node = [None, None]

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        following = node[1]
        if following is None:
            value = next(self._source)
            following = node[1] = [value, None]
        self._node = following
        return following[0]

    def __copy__(self):
        return _tee(self)


def tee(*args, **kwargs):
    """Returns a tuple of n independent iterators."""
    iterable, n = _clinic.positional('tee', args, kwargs, 1, 2) + (2,) * (2 - len(args))
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copy = getattr(it, '__copy__', None)
    first = it if copy is not None else _tee(it)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


for _cls in (_GenIter, _grouper, _tee):
    _cls.__module__ = 'itertools'
del _cls
