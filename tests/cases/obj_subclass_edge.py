class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {Caseless("Key"): 1}
print(d.get(Caseless("KEY")), Caseless("A") == "a", "a" == Caseless("A"), type(str(Caseless("x"))).__name__)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("hi")
print(u, type(u).__name__, len(u), u.lower(), isinstance(u, str), list(u), u * 2, type(u * 2).__name__)
class Rev(list):
    def __iter__(self):
        return iter(list.__iter__(self).__reversed__() if False else reversed(list(super().__iter__())))
r = Rev([1, 2, 3])
print([x for x in r], list(r), r[0], len(r), sum(r))
class Sized(list):
    def __len__(self):
        return 42
    def __contains__(self, x):
        return x == "magic"
s = Sized([1])
print(len(s), bool(Sized()), "magic" in s, 1 in s, s)
class GetOverride(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
g = GetOverride(a=1)
print(g["a"], g.get("a"), dict(g), list(g.items()), {**g})
class Num(int):
    pass
n = Num(5)
print(range(n), [0, 1, 2, 3, 4, 5][n], "abcdef"[n], n.__class__.__name__, isinstance(True, Num), Num(True), hex(n), f"{n:03d}", round(Num(7), -1), type(round(Num(7))).__name__)
class F(float):
    pass
print(F(1.5) + 1, F("2.5"), F(3).is_integer(), int(F(2.7)), F(1e300) * F(1e10), divmod(F(7.5), 2))
class T(tuple):
    pass
t = T([1, 2])
print(t, type(t + t).__name__, t[::-1], type(t[::-1]).__name__, tuple(t), type(tuple(t)).__name__, t.count(1), hash(t) == hash((1, 2)))
class L(list):
    pass
l = L([3, 1, 2])
l.sort()
print(l, type(l).__name__, l.copy(), type(l.copy()).__name__, list(l), type(list(l)).__name__, l == [1, 2, 3], l != [1], [1, 2, 3] == l, l < [9])
print(repr([L([1]), T((2,)), Num(3)]), str(L()), f"{L([1])}")
class WithInit(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
w = WithInit(3)
print(w, w.n, vars(w))
try:
    class Both(list, dict):
        pass
except TypeError as e:
    print(e)
class Mixin:
    def hello(self):
        return "hello " + str(len(self))
class ML(Mixin, list):
    pass
print(ML([1, 2]).hello(), ML.__mro__)
class StrWithAttr(str):
    pass
sa = StrWithAttr("x")
sa.meta = 1
print(sa.meta, sa.__dict__, "-".join([sa, sa]), sa in "xyz", {sa: 1}, sorted([StrWithAttr("b"), StrWithAttr("a")]))
class Cnt(dict):
    def __missing__(self, k):
        return 0
c = Cnt()
for ch in "hello":
    c[ch] += 1
print(c, c["z"], "z" in c)
class B(bytes):
    pass
print(B(b"abc")[0], B(b"abc")[:2], type(B(b"x")).__name__, bytes(B(b"q")), B(3))
class FS(frozenset):
    pass
print(FS([1, 2]) == {1, 2}, type(FS([1]) | {2}).__name__, hash(FS([1])) == hash(frozenset([1])))
print(isinstance(L(), list), issubclass(L, list), L.__base__, Num.__base__, type(Num(1) + 1).__name__)
x = L([1])
x.__class__ = WithInit
print(type(x).__name__)
