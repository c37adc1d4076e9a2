class X: pass
import types
m = types.MappingProxyType({})
for v, k in [((1,), 0), ((1,), 'a'), ('ab', 0), (5, 0), (X(), 0), (X(), 'a'), (m, 'a'), (m, 0), (range(3), 0), (frozenset(), 0), (b'a', 'x')]:
    try: del v[k]
    except TypeError as e: print('del', type(v).__name__, repr(k), e)
    try: v[k] = 1
    except TypeError as e: print('set', type(v).__name__, repr(k), e)
