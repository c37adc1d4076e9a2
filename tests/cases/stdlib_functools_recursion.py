# Recursion through functools' native wrappers counts as in CPython 3.11: a call of a
# partial costs nothing beyond its function's frame (unless the partial has keywords,
# is a subclass instance, or wraps a callable without vectorcall: then one level), an
# lru_cache wrapper one level, reduce one level, and a cmp_to_key comparison inside
# list.sort none. So the deepest recursions that work are CPython's, and runaway
# recursion through them is collapsed into "[Previous line repeated N more times]".
import functools
import sys
import traceback


def deepest(make):
    """The largest n for which make()(n) recurses n deep without RecursionError."""
    lo, hi = 0, 1200
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            make()(mid)
        except RecursionError:
            hi = mid - 1
        else:
            lo = mid
    return lo


def plain():
    def g(n): return 0 if n == 0 else g(n - 1)
    return g

def lru_unbounded():
    @functools.lru_cache(maxsize=None)
    def f(n): return 0 if n == 0 else f(n - 1)
    return f

def lru_bounded():
    @functools.lru_cache(maxsize=10)
    def f(n): return 0 if n == 0 else f(n - 1)
    return f

def lru_uncached():
    @functools.lru_cache(maxsize=0)
    def f(n): return 0 if n == 0 else f(n - 1)
    return f

def cache_method():
    class C:
        @functools.cache
        def f(self, n): return 0 if n == 0 else self.f(n - 1)
    return C().f

def partial_plain():
    def g(n): return 0 if n == 0 else p(n - 1)
    p = functools.partial(g)
    return p

def partial_args():
    def g(_, n): return 0 if n == 0 else p(n - 1)
    p = functools.partial(g, 1)
    return p

def partial_keywords():
    def g(n, x=0): return 0 if n == 0 else p(n - 1)
    p = functools.partial(g, x=1)
    return p

def partial_subclass():
    class P(functools.partial): pass
    def g(n): return 0 if n == 0 else p(n - 1)
    p = P(g)
    return p

def partial_of_callable_object():
    class Call:
        def __call__(self, n): return 0 if n == 0 else p(n - 1)
    p = functools.partial(Call())
    return p

def through_reduce():
    def g(acc, n): return 0 if n == 0 else functools.reduce(g, [n - 1], 0)
    return lambda n: functools.reduce(g, [n], 0)

def through_cmp_to_key():
    def cmp(a, b):
        if a:
            sorted([a - 1, a - 1], key=functools.cmp_to_key(cmp))
        return 0
    return lambda n: sorted([n, n], key=functools.cmp_to_key(cmp))

for make in [plain, lru_unbounded, lru_bounded, lru_uncached, cache_method, partial_plain,
             partial_args, partial_keywords, partial_subclass, partial_of_callable_object,
             through_reduce, through_cmp_to_key]:
    print(make.__name__, deepest(make))

# A partial's function sees its caller's frame, not the partial.
def who():
    return sys._getframe(1).f_code.co_name
def caller():
    return functools.partial(who)()
print(caller())

# Runaway recursion through a partial, as traceback formats it.
def runaway(n):
    return again(n + 1)
again = functools.partial(runaway)
try:
    again(0)
except RecursionError:
    lines = traceback.format_exc().splitlines()
    print(len(lines), *lines[:4], *lines[-4:], sep='\n')

# And uncaught, through lru_cache.
@functools.lru_cache(maxsize=None)
def forever(n):
    return forever(n + 1)
forever(0)
