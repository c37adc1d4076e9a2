# functools' native parts (_functools in CPython, Rust in Kaa): partial, reduce,
# cmp_to_key (functools.KeyWrapper) and _lru_cache_wrapper -- types and their dicts,
# reprs, attributes, errors, subclasses, flattening, __setstate__/__reduce__, the LRU
# eviction order and statistics, typed keys, hashing once per call, methods, frames
# seen through the wrappers, and an uncaught exception's traceback through them.
import copy
import functools
import operator
import sys

print('--- partial: the type')
P = functools.partial
print(P, P.__name__, P.__qualname__, P.__module__, P.__mro__, P.__base__)
print(list(vars(P)))
print(P.func, P.args, P.keywords, P.__dict__['__dict__'], P.__call__, P.__repr__, P.__reduce__, P.__setstate__)
K = type(functools.cmp_to_key(len))
print(K, list(vars(K)), K.__name__, K.__qualname__)
W = functools._lru_cache_wrapper
print(W, list(vars(W)))
print(W.cache_info, W.cache_clear, W.__get__, W.__call__, W.__copy__, W.__deepcopy__, W.__reduce__)
print(functools.reduce, functools.cmp_to_key, functools.reduce.__module__, functools.cmp_to_key.__module__)
print(functools.reduce.__doc__ == functools.reduce.__doc__, functools.cmp_to_key.__doc__)
print(functools.reduce.__name__, functools.reduce.__qualname__)
def f(a, b=2): return a + b
p = P(f, 1)
print(type(p), type(p).__name__)
print(p.__class__, isinstance(p, P), callable(p), callable(K), callable(functools.cmp_to_key(f)))
try: p.func = 2
except AttributeError as e: print('AE', e)
try: del p.keywords
except AttributeError as e: print('AE', e)
try: p.__dict__ = 1
except TypeError as e: print('TE', e)
p.__dict__ = {'a': 1}; print(p.a, vars(p))
try: del p.__dict__
except TypeError as e: print(e)
try: P.__call__(1)
except TypeError as e: print('TE', e)
try: P.__call__()
except TypeError as e: print('TE', e)
try: P.__repr__(1)
except TypeError as e: print('TE', e)
try: P.__reduce__(p, 1)
except TypeError as e: print('TE', e)
print(P.__repr__(p)[:17], P.__call__(p, 5))
try: P(f, 1).zz
except AttributeError as e: print('AE', e)
class Sub(P):
    def __call__(self, *a):
        return ('sub', super().__call__(*a))
s = Sub(f, 10); print(s(1), repr(s)[:10])
q = P(s, 2); print(q.func is s, q())
try:
    class Bad(P, int): pass
except TypeError as e: print('TE', e)
class Sub2(P):
    def __init__(self, *a, **k): self.extra = len(a)
s2 = Sub2(f, 1, 2); print(s2.extra, s2.args, vars(s2))
class Sub3(P):
    def __new__(cls, func, x):
        self = super().__new__(cls, func, x, 7)
        return self
s3 = Sub3(lambda *a: a, 1); print(s3(), s3.args)
print(repr(P(print, sep='')))
print(repr(P(P(print, 1, sep=''), 2, end='')))
r = P(f); r.__setstate__((r, (1,), None, None)); print(repr(r).split(' at')[0])
print(P(f, 3)(), P(f, b=4)(1), P(f)(1, b=5))
try: P(f, 1, 2, 3)()
except TypeError as e: print('TE', e)
try: P(f, c=3)(1)
except TypeError as e: print('TE', e)
print(P.__getattribute__, P.__setattr__, P.__delattr__)
def f(*a, **k): return a, k
p = functools.partial(f, 1)
for st in [None, (1, 2, 3), (1, (), None, None), (f, [], None, None), (f, (), 1, None), (f, (2,), {'a': 1}, {'z': 1})]:
    try: print(p.__setstate__(st), p.func is f, p.args, p.keywords, p.__dict__)
    except TypeError as e: print('TE', e)
try: p.__setstate__()
except TypeError as e: print(e)
try: functools.partial.__setstate__(1, 2)
except TypeError as e: print(e)
class T(tuple): pass
p.__setstate__((f, T((1,)), None, None)); print(type(p.args), p.keywords)
p.keywords[5] = 1
try: p()
except TypeError as e: print(e)
try: functools.partial(f)(**{1: 2})
except TypeError as e: print(e)
p2 = functools.partial(print, 1)
p2.keywords['sep'] = '-'
p2(2)
p4 = functools.partial(f, x=1)
p5 = functools.partial(p4, 2, x=2, y=3); print(p5.args, p5.keywords, p5.func is f)
p4.a = 1
p6 = functools.partial(p4, 2); print(p6.func is p4)
class P1(functools.partial): pass
p7 = functools.partial(P1(f, 1), 2); print(p7.func is f, p7.args)
class Q1(functools.partial):
    def __new__(cls, *a, **k): return super().__new__(cls, *a, **k)
p8 = functools.partial(Q1(f, 1), 2); print(p8.func is f, p8.args)
print(P1(f, 1)(2, z=3), Q1(f)(9))
print(repr(functools.partial(f, **{'a': functools.partial(print)})))
print(functools.partial(f, 1, 2, a=3)(4, a=5, b=6))
print(functools.partial.__call__(p4, 7), p4.__call__(8), vars(p4))
print(functools.partial[int], issubclass(P1, functools.partial))
class S(functools.partial):
    __slots__ = ('w',)
s = S(f); s.w = 3; print(s.w)
print(hash(p4) == hash(p4), p4 == p4, p4 != p4)
c = copy.copy(p4); print(c.func is f, c.keywords, c.__dict__, c is p4)
c = copy.deepcopy(functools.partial(f, [1])); print(c.args)
try: functools.partial.__new__(int, f)
except TypeError as e: print(e)
print(type(functools.partial.__new__(P1, f)).__name__)
print(p4.__reduce__()[1:], functools.partial(f).__reduce__()[2][2:])
print(p4.__reduce_ex__(2)[0].__name__, p4.__reduce_ex__(4)[2][1:3])

print('--- lru_cache')
@functools.lru_cache(maxsize=2)
def f(x, y=0):
    "doc of f"
    print('  computing', x, y)
    return x + y
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__wrapped__.__name__, sorted(f.__dict__))
print(repr(f)[:38], type(f), f.cache_parameters(), f.cache_parameters.__qualname__)
for a in [1, 2, 1, 3, 2, 1, (1,), 7, 7]:
    f(a if not isinstance(a, tuple) else 5)
print(f.cache_info(), f.cache_info().hits, f.cache_info()._asdict() if hasattr(f.cache_info(), '_asdict') else '')
f(1, y=2); f(1, 2); f(x=1, y=2); f(y=2, x=1); print(f.cache_info())
f.cache_clear(); print(f.cache_info())
print(f.__reduce__(), copy.copy(f) is f, copy.deepcopy(f) is f)
try: f({})
except TypeError as e: print('TE', e)
print(f.cache_info())
g = functools.lru_cache(maxsize=None)(lambda x: x * 2)
print([g(i % 3) for i in range(7)], g.cache_info(), g.cache_parameters(), g.cache_parameters.__qualname__)
h = functools.lru_cache(0)(lambda x: x)
print(h([1]), h.cache_info())
@functools.cache
def c(n): return n
c(1); c(1); c(1.0); c(True); print(c.cache_info(), c.cache_parameters())
@functools.lru_cache(typed=True)
def t(n): return n
t(1); t(1.0); t(True); t(1); print(t.cache_info())
class A:
    @functools.lru_cache
    def m(self, x): return (id(self) == id(a), x)
    @functools.cache
    def n(self): return 'n'
a = A()
print(a.m(1), a.m(1), A.m.cache_info(), a.n(), type(A.__dict__['m']).__name__, A.m is A.__dict__['m'])
print(a.m.__self__ is a, a.m.__func__ is A.m, repr(a.m)[:40])
print(A.m.__get__(None, A) is A.m, A.m.__get__(a) is not None)
try: A.m.__get__(None, None)
except TypeError as e: print('TE', e)
try: functools.lru_cache(maxsize='x')
except TypeError as e: print('TE', e)
try: functools.lru_cache('x', typed=1)
except TypeError as e: print('TE', e)
print(functools.lru_cache(None, typed=1)(len).cache_parameters())
try: functools.lru_cache(len, typed=1)
except TypeError as e: print('TE', e)
print(type(functools.lru_cache(len, typed=True)).__name__)
@functools.lru_cache(maxsize=3)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30), fib.cache_info())
W = functools._lru_cache_wrapper
w = W(lambda *a, **k: (a, k), 2, False, lambda *a: a)
print(w(1, 2, z=3), w(1, 2, z=3), w.cache_info())
print(w.__dict__, w.__doc__ == W.__doc__)
w.x = 5; print(w.x, w.__dict__)
try: w.cache_clear(1)
except TypeError as e: print('TE', e)
try: W.cache_info(1)
except TypeError as e: print('TE', e)
evicted = []
@functools.lru_cache(maxsize=3)
def e(x): evicted.append(x); return x
for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]: e(x)
print(evicted, e.cache_info())
print([e(x) for x in [1, 5, 3]], e.cache_info())
class Key:
    def __init__(s, v): s.v = v
    def __hash__(s): print('   hash', s.v); return hash(s.v)
    def __eq__(s, o): print('   eq', s.v, o.v); return s.v == o.v
@functools.lru_cache(maxsize=2)
def kk(k): return k.v
kk(Key(1)); kk(Key(1)); kk(Key(2)); kk(Key(3)); print(kk.cache_info())
@functools.lru_cache(maxsize=None)
def kk2(k, *, m=1): return k.v
kk2(Key(1)); kk2(Key(1), m=2); kk2(Key(1)); print(kk2.cache_info())

print('--- cmp_to_key')
def cmp(a, b): print('  cmp', a, b); return (a > b) - (a < b)
K = functools.cmp_to_key(cmp)
print(sorted([3, 1, 2], key=K), sorted('bca', key=functools.cmp_to_key(cmp), reverse=True))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2)
print(k1.obj, K.obj, type(k1) is type(K))
k1.obj = 5; print(k1.obj, k1 > k2); del k1.obj; print(k1.obj)
try: k1 < k2
except AttributeError as e: print('AE', e)
try: K(1) < 1
except TypeError as e: print('TE', e)
try: 1 < K(1)
except TypeError as e: print('TE', e)
try: K(1) == 1
except TypeError as e: print('TE', e)
try: hash(K(1))
except TypeError as e: print('TE', e)
try: K(1).x = 1
except AttributeError as e: print('AE', e)
try: K(1).x
except AttributeError as e: print('AE', e)
try: K()
except TypeError as e: print('TE', e)
try: K(1, 2)
except TypeError as e: print('TE', e)
try: K(obj=1, x=2)
except TypeError as e: print('TE', e)
try: K(x=2)
except TypeError as e: print('TE', e)
print(K(obj=4).obj)
try: functools.cmp_to_key()
except TypeError as e: print('TE', e)
try: functools.cmp_to_key(1, 2)
except TypeError as e: print('TE', e)
print(functools.cmp_to_key(mycmp=1)(2).obj)
try: functools.cmp_to_key(1)(2) < functools.cmp_to_key(1)(3)
except TypeError as e: print('TE', e)
class R:
    def __lt__(s, o): return 'LT'
    def __eq__(s, o): return 'EQ'
print(functools.cmp_to_key(lambda a, b: R())(1) < functools.cmp_to_key(lambda a, b: R())(2))
print(functools.cmp_to_key(lambda a, b: 0)(1) == functools.cmp_to_key(lambda a, b: 0)(2))
try: type(K)()
except TypeError as e: print('TE', e)
try:
    class X(type(K)): pass
except TypeError as e: print('TE', e)
print(repr(K)[:30], repr(K(1))[:30], K.__class__.__module__)
print(K(1).__lt__(K(2)), type(K).__lt__(K(1), K(2)))
try: K.__lt__()
except TypeError as e: print('TE', e)
print(K.__call__(3).obj, type(K).__call__(K, 4).obj)
print(max([K(1), K(3), K(2)]).obj, min(map(K, [4, 2, 9])).obj)

print('--- reduce')
R = functools.reduce
print(R(operator.add, [1, 2, 3]), R(operator.add, [], 0), R(operator.add, [5]), R(lambda a, b: a * b, range(1, 6), 10))
print(R(operator.add, iter([[1], [2]])), R(operator.add, 'abc'), R(operator.add, {'x': 1, 'y': 2}))
for args, kw in [((), {}), ((1,), {}), ((1, [], 2, 3), {}), ((operator.add, []), {}), ((operator.add, 5), {}), ((operator.add, None, 1), {}), ((operator.add, [1]), {'initial': 2}), ((operator.add,), {'x': 1})]:
    try: print(R(*args, **kw))
    except TypeError as e: print('TE', e)
def gen():
    yield 1
    raise ValueError('boom')
try: R(operator.add, gen())
except ValueError as e: print('VE', e)
class BadIter:
    def __iter__(self): raise TypeError('custom')
try: R(operator.add, BadIter())
except TypeError as e: print('TE', e)
class BadIter2:
    def __iter__(self): raise KeyError('k')
try: R(operator.add, BadIter2())
except KeyError as e: print('KE', e)
try: R(1, [1, 2])
except TypeError as e: print('TE', e)
print(R(operator.add, [1, 2], ), R)

print('--- frames seen through the wrappers')
def who():
    return sys._getframe(1).f_code.co_name
def via_partial():
    return functools.partial(who)()
def via_lru():
    return functools.lru_cache(maxsize=None)(who)()
def via_reduce():
    return functools.reduce(lambda a, b: who(), [1, 2])
def via_key():
    names = []
    sorted([2, 1], key=functools.cmp_to_key(lambda a, b: names.append(sys._getframe(1).f_code.co_name) or 0))
    return names[0]
print(via_partial(), via_lru(), via_reduce(), via_key())
def depth():
    n, fr = 0, sys._getframe()
    while fr:
        n, fr = n + 1, fr.f_back
    return n
base = depth()
print(functools.partial(depth)() - base, functools.lru_cache(None)(depth)() - base)

print('--- finalizers of partial subclasses')
class PD(functools.partial):
    def __del__(self):
        print('del', self.args, self(5))
pd = PD(lambda *a: sum(a), 1, 2)
print(pd(3))
del pd
class QD(functools.partial):
    __slots__ = ('s',)
    def __del__(self): print('QD del', self.s, vars(self))
qd = QD(print); qd.s = 9; qd.t = 1
qd = None
print('after')

print('--- an uncaught exception through them')
def inner(a, b):
    return a / b
def outer():
    return functools.reduce(inner, [1, 2, 0])
k = functools.partial(outer)
cached = functools.lru_cache(maxsize=4)(lambda: k())
sorted([3, 1], key=functools.cmp_to_key(lambda a, b: cached()))
