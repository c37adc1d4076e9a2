# functools: partial (repr, flattening, errors), reduce, lru_cache/cache (statistics,
# eviction, typed keys, methods), cached_property, wraps, total_ordering, cmp_to_key,
# singledispatch, partialmethod.
import functools
def f(a, b=2, *args, **kw): return (a, b, args, kw)
p = functools.partial(f, 1, b=3)
print(repr(p).replace(hex(id(f)), 'X'))
class MyP(functools.partial): pass
print(repr(MyP(f, 1)).replace(hex(id(f)), 'X'))
print(p.func is f, p.args, p.keywords, p(c=1))
q = functools.partial(p, 7, d=4)
print(q.func is f, q.args, q.keywords)
for s in ['functools.partial()', 'functools.partial(1)', 'functools.reduce(lambda a,b:a+b, [])', 'functools.reduce(1)', 'functools.reduce(lambda a,b:a+b, 3)','functools.reduce(lambda a,b:a+b, [], 5)','functools.reduce(lambda a,b:a+b, [1,2,3])','functools.reduce(function=1, iterable=2)', 'functools.partial(func=f)', 'functools.cmp_to_key(1)(2) < 3']:
    try: print(s, repr(eval(s)))
    except Exception as e: print(s, type(e).__name__, e)
@functools.lru_cache(maxsize=2)
def g(x): return x * 2
print(g(1), g(1), g(2), g(3), g(1), g.cache_info(), type(g.cache_info()).__name__, g.cache_info().hits)
print(g.cache_parameters(), g.__name__, g.__wrapped__.__name__, repr(g).split(' at ')[0])
g.cache_clear(); print(g.cache_info())
@functools.cache
def h(x): return x
print(h(1), h(1.0), h.cache_info())
@functools.lru_cache(typed=True)
def ht(x): return x
print(ht(1), ht(1.0), ht.cache_info())
for s in ['functools.lru_cache(maxsize="a")', 'functools.lru_cache(-1)(len).cache_info()', 'functools.lru_cache(None)(len).cache_info()']:
    try: print(s, repr(eval(s)))
    except Exception as e: print(s, type(e).__name__, e)
class C:
    @functools.cached_property
    def x(self):
        print('computing'); return 42
    @functools.lru_cache
    def m(self, y): return y + 1
c = C(); print(c.x, c.x, c.__dict__, type(C.x).__name__, type(C.m).__name__, c.m(1), C.m.cache_info())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def doc_fn(a):
    "docs"
print(doc_fn.__name__, doc_fn.__doc__, doc_fn.__wrapped__.__name__, doc_fn.__qualname__)
@functools.total_ordering
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print(N(1) <= N(2), N(2) >= N(1), N(3) > N(2), N(1) > N(2))
try:
    @functools.total_ordering
    class Bad: pass
except ValueError as e: print(e)
print(sorted([3,1,2], key=functools.cmp_to_key(lambda a, b: b - a)))
k = functools.cmp_to_key(lambda a,b: a-b)
print(repr(k(1)).split(' at ')[0], type(k).__name__)
@functools.singledispatch
def fun(arg): return 'default'
@fun.register
def _(arg: int): return 'int'
@fun.register(list)
def _(arg): return 'list'
print(fun(1), fun("a"), fun([1]), fun(True), fun.registry.keys(), fun.dispatch(bool).__name__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@functools.lru_cache(maxsize=3)
def sq(x, *, scale=1):
    print('computing', x, scale)
    return x * x * scale
for x in [1, 2, 3, 1, 4, 2, 1, 3]:
    sq(x)
print(sq(2, scale=2), sq(2, scale=2), sq.cache_info())
print(sq.__wrapped__(5), sq.__name__, sq.__qualname__, sq.__module__)
try:
    sq([1])
except TypeError as e:
    print('TypeError', e)

class Base:
    def __init__(self, v):
        self.v = v
    @functools.cached_property
    def doubled(self):
        print('doubling')
        return self.v * 2
b = Base(21)
print(b.doubled, b.doubled)
b.doubled = 5
print(b.doubled)
del b.doubled
print(b.doubled)
cp = functools.cached_property(lambda self: 1)
try:
    cp.__get__(Base(1), Base)
except TypeError as e:
    print(e)
try:
    class Twice:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)
print(repr(Cell.__dict__['set_alive']).split(' at ')[0])

p2 = functools.partial(int, base=2)
print(p2('1010'), p2('11', base=10), p2.keywords)
p2.attr = 'x'
print(p2.attr, p2.__dict__['attr'])
print(functools.partial(max, key=len)(['a', 'bbb', 'cc']))
print(functools.reduce(lambda a, b: a * b, range(1, 10)), functools.reduce(max, [3, 9, 2], 0))
print(functools.reduce(lambda a, b: a + b, ['a', 'b', 'c'], '>'))

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __gt__(self, other):
        return self.parts > other.parts
vs = [Version(1, 2), Version(1, 0), Version(2, 0)]
print([v.parts for v in sorted(vs)], Version(1) <= Version(1), Version(1) < Version(2), Version(3) >= Version(2))
print(Version.__lt__.__name__)

@functools.singledispatch
def describe(x):
    return f'object {x!r}'
@describe.register(int)
def _(x):
    return f'int {x}'
@describe.register
def _(x: str):
    return f'str {x!r}'
class MyList(list if False else object):
    pass
print(describe(3), describe(True), describe('s'), describe(2.5), describe(None))
try:
    describe.register(3, lambda x: x)
except TypeError as e:
    print(e)
try:
    describe()
except TypeError as e:
    print(e)

class Dispatch:
    @functools.singledispatchmethod
    def go(self, arg):
        return 'generic'
    @go.register
    def _(self, arg: int):
        return 'int'
print(Dispatch().go(1), Dispatch().go('x'))

def outer(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        return fn(*args, **kwargs)
    return inner
@outer
def documented(a: int) -> int:
    "Doubles a."
    return a * 2
print(documented(4), documented.__doc__, documented.__annotations__, documented.__wrapped__ is not documented)
def target(): pass
target.extra = 1
def wrapper(): pass
functools.update_wrapper(wrapper, target, assigned=('__name__',), updated=())
print(wrapper.__name__, hasattr(wrapper, 'extra'))
functools.update_wrapper(wrapper, target)
print(wrapper.extra)
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@describe.register(float | complex)
def _(x):
    return f'number {x}'
print(describe(1.5), describe(1j))
