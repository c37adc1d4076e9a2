# A class's __annotations__: its own dict, an empty one made on first access, never its base's.
class A:
    x: int
class B(A): pass
class C: pass
print(A.__annotations__, B.__annotations__, C.__annotations__, 'x' in C.__dict__, '__annotations__' in C.__dict__)
try: int.__annotations__
except AttributeError as e: print(e)
try: int.__annotations__ = {}
except TypeError as e: print(e)
C.__annotations__ = {'q': 1}; print(C.__annotations__)
del C.__annotations__
print(C.__annotations__)
del C.__annotations__
try: del C.__annotations__
except AttributeError as e: print('del', e)
print(B().__annotations__, A().__annotations__)
def fields(cls):
    out = []
    for k in reversed(cls.__mro__[:-1]):
        out.extend(k.__annotations__)
    return out
class P:
    a: int
    b: str = "x"
class Q(P):
    c: float
class R(Q): pass
print(fields(R), fields(Q))
