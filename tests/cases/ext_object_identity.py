a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, True is True, () is (), "" == "", 5 is not None)
x = 1000
y = 1000
print(x == y, type(x) is type(y))
def same(o):
    return o
print(same(a) is a, [a][0] is a, {"k": a}["k"] is a, (a,)[0] is a)
s = "interned"
print(s is same(s), str(s) is s, s[:] is s, s + "" == s)
t = (1, 2)
print(tuple(t) is t, t[:] is t, list(t) is t)
f = frozenset([1])
print(frozenset(f) is f)
class Obj:
    pass
o1, o2 = Obj(), Obj()
print(o1 is o2, o1 == o2, o1 != o2, o1 is o1, id(o1) != id(o2), hash(o1) != hash(o2))
m1 = o1.__eq__
print(m1(o1), m1(o2), o1.__ne__(o2), o1.__eq__(5))
print(int.__eq__(1, 1.0), (1).__eq__(1.0), (1.0).__eq__(1), "a".__eq__(1), (1).__lt__("a"))
print(len.__self__ if hasattr(len, "__self__") else "-", type(o1.__class__), o1.__class__ is Obj)
