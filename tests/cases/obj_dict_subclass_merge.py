# ** unpacking, dict.update and dict() read a dict subclass directly unless it overrides __iter__ (CPython's dict_merge).
class D(dict):
    def keys(self): return ['x']
    def __getitem__(self, k): return 'overridden'
def f(**kw): return kw
print(f(**D(a=1)), {**D(a=1)})
d = {}; d.update(D(a=1)); print(d, dict(D(a=1)))
class D2(D):
    def __iter__(self): return iter(['x'])
print(f(**D2(a=1)), {**D2(a=1)})
d = {}; d.update(D2(a=1)); print(d, dict(D2(a=1)))
class S(dict): pass
s = S(b=2)
d = {'a': 1}; d.update(s); print(d, d == {'a': 1, 'b': 2}, {'a': 1} == S(a=1), S(a=1) == {'a': 1})
print(dict.__eq__({'a': 1}, S(a=1)), {**s, 'c': 3})
