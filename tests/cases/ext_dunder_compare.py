class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    __hash__ = None

vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "1.2.1"]]
print(sorted(vs))
print(max(vs), min(vs), Version("1.2") < Version("1.2.0"), Version("2") > Version("1.9"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"), Version("1") == "1")
try:
    Version("1") < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version("1") >= Version("2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Version("1"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {Version("1")}
except TypeError as e:
    print(type(e).__name__, e)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self.__add__(o)
    def __iadd__(self, o):
        self.c += o.c if isinstance(o, Money) else o
        return self
    def __neg__(self):
        return Money(-self.c)
    def __repr__(self):
        return f"Money({self.c})"
    def __str__(self):
        return f"${self.c / 100:.2f}"
m = Money(150)
print(m + 50, 50 + m, sum([Money(1), Money(2)], Money(0)), sum([Money(5), Money(6)]))
m2 = m
m += Money(25)
print(m, m2, m is m2, -m, str(m), repr(m), [m], f"{m}", f"{m!r}", "%s %r" % (m, m))
print(format(m), str(Money(-5)))
