class C:
    x = 1
    def f(self): pass
m = C.__dict__
print(type(m), type(m).__name__, repr(m)[:40])
print(m['x'], m.get('y', 5), 'x' in m, len(m) > 0, list(m)[:2], list(m.keys())[:2])
try: m['x'] = 2
except TypeError as e: print(e)
try: del m['x']
except TypeError as e: print(e)
import types
p = types.MappingProxyType({'a': 1})
print(p, p.copy(), p | {'b': 2}, {'c': 3} | p, p == {'a': 1}, str(p))
try: types.MappingProxyType([1])
except TypeError as e: print(e)
print(vars(C) is not None, type(vars(C)).__name__)
try: hash(p)
except TypeError as e: print(e)
print(list(reversed(p)), p.items())
print(int.__dict__['bit_length'])
