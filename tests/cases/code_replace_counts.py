# code.replace() with changed argument counts, CPython's validation of the new values.
import types
def f(a, b=2): return a + b
c = f.__code__
for kw in [dict(co_argcount=1), dict(co_argcount=3), dict(co_argcount=-1), dict(co_posonlyargcount=1), dict(co_kwonlyargcount=1), dict(co_names=('x',)), dict(co_consts=[1]), dict(co_firstlineno=-1), dict(co_nlocals=9), dict(co_nlocals=2), dict(co_stacksize=-1), dict(co_varnames=['a', 'b'])]:
    try:
        n = c.replace(**kw); print(kw, 'ok', n.co_argcount, n.co_posonlyargcount, n.co_kwonlyargcount, n.co_names)
    except Exception as e: print(kw, type(e).__name__, e)
h = types.FunctionType(c.replace(co_argcount=1), globals(), 'h', (10,))
print(h.__code__.co_argcount)
try: print(h(1))
except Exception as e: print(type(e).__name__, e)
try: print(h(1, 2))
except Exception as e: print(type(e).__name__, e)
p = types.FunctionType(c.replace(co_posonlyargcount=1), globals())
print(p(1, 2))
try: p(a=1)
except TypeError as e: print(e)
def k(a, *, b): return (a, b)
k2 = types.FunctionType(k.__code__.replace(co_kwonlyargcount=0, co_argcount=2), globals())
print(k2(1, 2))
