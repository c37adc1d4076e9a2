# Corners of the object model: metaclass and type calls, slot members on the wrong
# objects, finalizers that raise SystemExit / delete themselves / resurrect, a
# __class__ property seen by isinstance, builtin types that cannot be instantiated,
# object.__init__ of builtin instances.

def t(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
class M(type): pass
t("object.__new__(M)", lambda: object.__new__(M))
t("type.__new__(M, 'X', (), {})", lambda: type.__new__(M, 'X', (), {}))
t("type.__call__(5)", lambda: type.__call__(5))
t("M.__call__(M)", lambda: M.__call__(M))
t("type.__init__(5)", lambda: type.__init__(5))
t("M.mro()", lambda: M.mro())
class X(metaclass=M): pass
t("X.__class__", lambda: X.__class__)
t("setattr X __class__", lambda: setattr(X, '__class__', type))
t("type(X)(\"Y\", (X,), {})", lambda: type(X)("Y", (X,), {}))
class S:
    __slots__ = ('a',)
t("S.a.__set__(S(), 1)", lambda: S.a.__set__(S(), 1))
t("S.a.__delete__(S())", lambda: S.a.__delete__(S()))
t("S.a.__get__(None)", lambda: S.a.__get__(None))
t("S.a.__get__(S(), int)", lambda: S.a.__get__(S(), int))
t("object.__new__(S).a", lambda: object.__new__(S).a)
class Sub(S):
    __slots__ = ('b',)
s = Sub(); s.a = 1; s.b = 2
t("sub", lambda: (s.a, s.b))
t("class assign to S", lambda: setattr(s, '__class__', S))
class D:
    def __del__(self):
        raise SystemExit(3)
d = D(); del d
print("still running")
class D2:
    def __del__(self):
        del D2.__del__
x = D2(); del x
y = D2(); del y
print("ok")
class Res:
    def __del__(self):
        global keep
        keep = self
r = Res(); del r
print(type(keep).__name__)
keep = None
print("after keep")
class P:
    @property
    def __class__(self): return int
print(isinstance(P(), int), type(P()).__name__)
class Q:
    __slots__ = ()
t("Q().__dict__", lambda: Q().__dict__)
t("vars(Q())", lambda: vars(Q()))
t("super(M, M).__call__", lambda: super(M, M).__call__)
import types
t("MemberDescriptorType()", lambda: types.MemberDescriptorType())
t("property.__new__(property)", lambda: property.__new__(property))
t("BaseException.__new__(BaseException).args", lambda: BaseException.__new__(BaseException).args)
t("int.__new__(int)", lambda: int.__new__(int))
t("object.__init__(1, 2)", lambda: object.__init__(1, 2))
t("object.__new__()", lambda: object.__new__())
