samples = [1, 1.5, "s", (1, 2), frozenset([1]), None, True, b"b", range(3), (1, (2, 3))]
for s in samples:
    print(type(s).__name__, hash(s) == hash(s))
print(hash(1) == hash(1.0), hash((1, 2)) == hash((1.0, 2.0)), hash(-1) == hash(-2), hash(0) == hash(0.0) == hash(False))
for bad in [[1], {1: 2}, {1}, (1, [2]), [3]]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {}
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = set()
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get([1])
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v
try:
    hash(H(1))
except TypeError as e:
    print(type(e).__name__, e)
class H2(H):
    def __hash__(self):
        return self.v
print(len({H2(1), H2(1), H2(2)}), hash(H2(7)))
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()))
