# copy: shallow and deep copies of builtins, instances (dict state, __copy__,
# __deepcopy__, __getstate__/__setstate__, __reduce__, __getnewargs__), cycles and the memo.
import copy

nested = [1, [2, 3], {'a': [4]}, (5, [6]), {7, 8}, frozenset({9})]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]['a'] is nested[2]['a'], deep[3] is nested[3], deep[3][1] is nested[3][1])
t = (1, 'a', (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
for v in [None, 1, 2.5, 'str', b'b', 3j, True, range(3), len, int, Ellipsis, frozenset({1})]:
    print(repr(v)[:20], copy.copy(v) is v, copy.deepcopy(v) is v)
d = {'x': [1, 2]}
print(copy.copy(d)['x'] is d['x'], copy.deepcopy(d)['x'] is d['x'])
s = {1, 2}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s)

cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.y is p.y, p3.y is p.y, type(p3) is Point)

class Custom:
    def __init__(self):
        self.items = [1]
    def __copy__(self):
        print('__copy__ called')
        new = Custom()
        new.items = self.items
        return new
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        new = Custom()
        new.items = copy.deepcopy(self.items, memo)
        return new
c = Custom()
print(copy.copy(c).items is c.items, copy.deepcopy(c).items is c.items)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = 'big'
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['cache']
        return state
    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)
        self.cache = None
s2 = copy.deepcopy(Stateful())
print(s2.a, s2.cache)

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        return (Reduced, (self.n * 10,))
print(copy.copy(Reduced(2)).n, copy.deepcopy(Reduced(3)).n)

class WithNew:
    def __new__(cls, tag):
        obj = super().__new__(cls)
        obj.tag = tag
        return obj
    def __getnewargs__(self):
        return (self.tag,)
w = copy.copy(WithNew('t'))
print(w.tag)

e = ValueError('bad', 2)
e.extra = 'x'
e2 = copy.copy(e)
print(type(e2).__name__, e2.args, e2.extra, e2 is not e)

memo = {}
a = [1, 2]
b = copy.deepcopy(a, memo)
print(memo[id(a)] is b, copy.deepcopy(a, memo) is b)
def f(): pass
print(copy.deepcopy(f) is f, copy.copy(Point) is Point, copy.deepcopy([f])[0] is f)
print(copy.Error.__mro__[1].__name__, copy.error is copy.Error)
try:
    copy.deepcopy(x for x in [])
except TypeError as e:
    print('TypeError', e)
class Obj:
    pass
o = Obj()
o.self_ref = o
o2 = copy.deepcopy(o)
print(o2.self_ref is o2)
sl = slice(1, 5, 2)
print(copy.copy(sl), copy.copy(sl) == sl, copy.deepcopy([sl])[0] == sl)
