"""Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heappushpop(heap, item) # pushes a new item and then returns
                               # the smallest item; the heap size is unchanged
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
"""

# Written for Kaa from the documentation and CPython 3.11's behaviour. Every function
# moves items exactly as CPython's do (the same sift algorithms, comparing only with
# <), so heaps end up in the same order.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(fname, heap, which='argument 1'):
    if not isinstance(heap, list):
        raise TypeError(f'{fname}() {which} must be list, not {type(heap).__name__}')


def _args(fname, args, kwargs, n):
    """The arguments of a function CPython writes in C (`_heapq`), checked with its
    messages: positional only, exactly `n`."""
    if kwargs:
        raise TypeError(f'_heapq.{fname}() takes no keyword arguments')
    if len(args) != n:
        if n == 1:
            raise TypeError(f'_heapq.{fname}() takes exactly one argument ({len(args)} given)')
        raise TypeError(f'{fname} expected {n} arguments, got {len(args)}')
    return args


def _sift_toward_root(heap, top, pos):
    # The item at pos moves up past every larger parent, stopping at `top`.
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # The hole at pos descends along the smaller children to a leaf, then the item
    # that was there moves back up to its place (fewer comparisons than stopping
    # early, as the item usually belongs near the bottom).
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


def heappush(*args, **kwargs):
    """Push item onto heap, maintaining the heap invariant."""
    heap, item = _args('heappush', args, kwargs, 2)
    _check_list('heappush', heap)
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(*args, **kwargs):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    heap, = _args('heappop', args, kwargs, 1)
    _check_list('heappop', heap, 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(*args, **kwargs):
    """Pop and return the current smallest value, and add the new item.

    This is more efficient than heappop() followed by heappush(), and can be
    more appropriate when using a fixed-size heap.  Note that the value
    returned may be larger than item!  That constrains reasonable uses of
    this routine unless written as part of a conditional replacement:

        if item > heap[0]:
            item = heapreplace(heap, item)
    """
    heap, item = _args('heapreplace', args, kwargs, 2)
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(*args, **kwargs):
    """Fast version of a heappush followed by a heappop."""
    heap, item = _args('heappushpop', args, kwargs, 2)
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(*args, **kwargs):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    heap, = _args('heapify', args, kwargs, 1)
    _check_list('heapify', heap, 'argument')
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sift_to_leaf(heap, i)


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    # Each live input is [sort value, input number, current item, iterator]; the
    # input number breaks ties so earlier inputs come first.
    heads = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for item in it:
            heads.append([item if key is None else key(item), number, item, it])
            break
    while heads:
        best = heads[0]
        for head in heads[1:]:
            # Only a strictly better head replaces an earlier one.
            if (best[0] < head[0]) if reverse else (head[0] < best[0]):
                best = head
        yield best[2]
        for item in best[3]:
            best[0] = item if key is None else key(item)
            best[2] = item
            break
        else:
            heads.remove(best)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
