# Class creation errors and class attributes that are checked on assignment:
# duplicate bases, MRO conflicts (CPython's two-line message), metaclass from the
# bases (class C(None)), __qualname__/__name__/__bases__/__doc__/__module__, super().

def t(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class A: pass
class B(A): pass
t("dup", lambda: type("X", (A, A), {}))
t("dup object", lambda: type("Y", (object, object), {}))
t("mro", lambda: type("X", (A, B), {}))
class P: pass
class Q(P): pass
class R(P): pass
class S(Q, R): pass
class T(R, Q): pass
t("mro 2", lambda: type("Z", (S, T), {}))
t("None base", lambda: exec("class C(None): pass"))
t("metaclass conflict", lambda: exec("class C(A, None): pass"))
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(e)

# __mro_entries__ and __orig_bases__.
class Entry:
    def __mro_entries__(self, bases):
        return (A,)
class U(Entry(), B.__mro__[-1]):
    pass
print(U.__bases__, U.__orig_bases__[1])

# __prepare__ of the metaclass is called with the class keywords.
class WithInit:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class V(WithInit, flag=1):
    pass
print(type.__prepare__("x", ()))

class M: pass
class N: pass
class O(M): pass
class Deep(O): pass
for stmt in ["M.__qualname__ = 5", "del M.__qualname__", "M.__qualname__ = 'Outer.M'", "M.__bases__ = ()",
             "M.__bases__ = [N]", "M.__bases__ = (1,)", "M.__bases__ = (Deep,)", "M.__bases__ = (ValueError,)",
             "M.__name__ = 3", "del M.__name__", "M.__mro__ = ()", "M.__dict__ = {}", "M.__base__ = N",
             "M.__doc__ = 'doc'", "del M.__doc__", "M.__module__ = 'mod'", "int.__doc__ = 'x'", "int.x = 1",
             "del int.x", "M.__class__ = N", "M.__bases__ = (N,)", "O.__bases__ = (N,)"]:
    try:
        exec(stmt)
        print(stmt, "-> ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)
print(M.__qualname__, M.__doc__, M.__module__, repr(M))
print(O.__bases__, Deep.__mro__)
print(N.__subclasses__(), M.__subclasses__())
print(isinstance(Deep(), N), issubclass(Deep, M))
N.hello = lambda self: "hello from N"
print(Deep().hello())

t("super(B, None)", lambda: super(B, None))
t("super(B, None).x", lambda: super(B, None).x)
t("super 3 args", lambda: super(B, B(), 3))
class W(A):
    def m(*args):
        return super().x
t("super in *args method", lambda: W().m())
