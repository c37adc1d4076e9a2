class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
    def __add__(self, other):
        return Meters(float(self) + float(other))
m = Meters(2.5)
print(m, m + 1, m * 2, type(m * 2).__name__, type(m + 1).__name__, m > 2, round(m), int(m), str(m), f"{m:.2f}")
class Celsius(int):
    def __new__(cls, value):
        if value < -273:
            raise ValueError("below absolute zero")
        return super().__new__(cls, value)
    def fahrenheit(self):
        return self * 9 // 5 + 32
c = Celsius(100)
print(c, c.fahrenheit(), c + 1, type(c + 1).__name__, isinstance(c, int), c == 100, hash(c) == hash(100), range(c)[-1])
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError", e)
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n, n.shout(), n.title(), type(n.title()).__name__, n + "x", len(n), n == "bob", {n: 1}["bob"], n[0], "o" in n, repr(n))
print(f"{n}", "%s" % n, "{}".format(n), n.join(["a", "c"]), "-".join([n, n]))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2), type(p).__name__, a if (a := p + (3,)) else 0, type(p + (3,)).__name__)
x, y = p
print(x, y, hash(p) == hash((1, 2)), sorted([Pair(3, 1), Pair(1, 2)]))
class Flags(frozenset):
    pass
f = Flags([1, 2])
print(sorted(f), type(f | {3}).__name__, isinstance(f, frozenset))
class MyInt(int):
    pass
print(MyInt(5) + MyInt(6), type(MyInt(5) + MyInt(6)).__name__, MyInt("12", 16), MyInt(), -MyInt(3), abs(MyInt(-3)), MyInt(7) // 2, divmod(MyInt(7), 2), MyInt(3) ** 2, bin(MyInt(5)), MyInt(5).bit_length())
print(int(MyInt(9)), type(int(MyInt(9))).__name__, str(MyInt(9)), [1, 2, 3][MyInt(1)], True + MyInt(1))
class MyBytes(bytes):
    pass
print(MyBytes(b"ab"), MyBytes(b"ab").upper(), type(MyBytes(b"x") + b"y").__name__)
class MySet(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
ms = MySet()
ms.add_all(3, 1, 2)
print(sorted(ms), type(ms).__name__, ms == {1, 2, 3}, type(ms | {4}).__name__, len(ms))
