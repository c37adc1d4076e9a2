# __slots__: member descriptors, no __dict__ unless asked for, unset slots, unknown
# attributes, str or iterable __slots__, inheritance, layout conflicts, conflicts with
# class variables, private-name mangling, __class__ assignment between layouts.

def t(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class P:
    __slots__ = ("y", "x", "__z")
    def meth(self):
        return self.__z
p = P()
t("unset get", lambda: p.x)
t("unset del", lambda: exec("del p.x"))
p.x = 1
p._P__z = "private"
t("get", lambda: (p.x, p.meth()))
t("new attr", lambda: exec("p.w = 1"))
t("method set", lambda: exec("p.meth = 1"))
t("__dict__", lambda: p.__dict__)
t("vars", lambda: vars(p))
t("P.x", lambda: P.x)
t("type", lambda: type(P.x))
t("keys", lambda: list(P.__dict__))
t("mangled", lambda: P._P__z)
t("member attrs", lambda: (P.x.__name__, P.x.__objclass__, P.x.__doc__, P.x.__qualname__))
t("__get__ class", lambda: P.x.__get__(None, P))
t("__get__", lambda: P.x.__get__(p))
t("__get__ wrong", lambda: P.x.__get__(1))
t("__set__ wrong", lambda: P.x.__set__(1, 2))
P.y.__set__(p, 10)
t("__set__", lambda: p.y)
P.y.__delete__(p)
t("__delete__", lambda: p.y)
t("__weakref__", lambda: p.__weakref__)
t("dir", lambda: [n for n in dir(p) if not n.startswith("__")])
t("__slots__", lambda: P.__slots__)
del p.x
t("after del", lambda: p.x)

t("str slots", lambda: type("S", (), {"__slots__": "abc"}).__dict__["abc"])
t("list slots", lambda: sorted([k for k in type("S", (), {"__slots__": ["b", "a"]}).__dict__ if len(k) == 1]))
t("bad item", lambda: type("S", (), {"__slots__": (1,)}))
t("bad ident", lambda: type("S", (), {"__slots__": ("a b",)}))
t("not iterable", lambda: type("S", (), {"__slots__": 5}))
t("conflict", lambda: type("S", (), {"__slots__": ("a",), "a": 1}))
t("dup dict", lambda: type("S", (), {"__slots__": ("__dict__", "__dict__")}))
t("dict slot", lambda: type("S", (), {"__slots__": ("__dict__",)})().__dict__)
t("weakref slot", lambda: type("S", (), {"__slots__": ("__weakref__",)})().__weakref__)
t("dup weakref", lambda: type("S", (), {"__slots__": ("__weakref__", "__weakref__")}))
try:
    class Conflict:
        __slots__ = ("value",)
        value = 5
except ValueError as e:
    print(e)

class Q(P):
    pass
q = Q()
q.anything = 5
q.x = 2
t("subclass gets a dict", lambda: (q.__dict__, q.x))
t("dict slot with dict base", lambda: type("S", (Q,), {"__slots__": ("__dict__",)}))
class R(P):
    __slots__ = ("r",)
r = R()
r.r, r.x = 1, 2
t("R", lambda: (list(R.__dict__), r.r, r.x))
t("R new attr", lambda: exec("R().zz = 1"))

class A1:
    __slots__ = ("a",)
class A2:
    __slots__ = ("b",)
class E1:
    __slots__ = ()
t("layout conflict", lambda: type("AB", (A1, A2), {}))
t("empty slots combine", lambda: type("AE", (A1, E1), {}).__mro__)
class D2(A1):
    __slots__ = ("d",)
t("derived", lambda: type("DD", (D2, A1, E1), {}).__mro__)
t("derived conflict", lambda: type("DX", (D2, A2), {}))

class C1:
    __slots__ = ("a",)
class C2:
    __slots__ = ("b",)
class C3:
    __slots__ = ("a",)
class Plain:
    pass
c = C1()
c.a = 1
t("class assign differs", lambda: setattr(c, "__class__", C2))
t("class assign ok", lambda: (setattr(c, "__class__", C3), type(c).__name__, c.a))
t("class assign dict", lambda: setattr(c, "__class__", Plain))

class K(Exception):
    __slots__ = ("k",)
k = K("msg")
t("exception slot unset", lambda: k.k)
k.k = 3
t("exception slot", lambda: (k.k, k.__dict__, k.args))

# Slots and properties, class attributes through the member.
class Point:
    __slots__ = ("_x", "_y")
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def x(self):
        return self._x
    def __repr__(self):
        return f"Point({self._x}, {self._y})"
pt = Point(1, 2)
print(pt, pt.x)
t("property no setter", lambda: setattr(pt, "x", 5))
print(types_mdt := type(Point._x).__name__)
import types
print(types.MemberDescriptorType is type(Point._x), type(types.FunctionType.__globals__).__name__)
print(repr(types.FunctionType.__globals__))
