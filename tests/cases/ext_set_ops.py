a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 10]))
c = set()
c.add(1); c.update([2, 3], {4}); c.discard(99); c.remove(1)
print(c, len(c), 2 in c, 1 in c)
try:
    c.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(c), c.pop() in {2, 3, 4}, set(), frozenset(), frozenset([1, 2]), {frozenset([1])})
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
d = a.copy()
d -= {1}
d |= {100}
d &= {2, 3, 100}
d ^= {3, 7}
print(sorted(d), a)
print(set("aabbcc") == {"a", "b", "c"}, {1, 2} == frozenset([1, 2]), {1, 1.0, True}, {0, False, 0.0})
print(sorted({-3, 10, 2, -8}), sorted(set(range(20, 0, -3))), min({4, 2, 9}), sum({1, 2, 3}))
print(set([1, 2]) < set([1, 2]), set([1, 2]).issubset([1, 2, 3]), set([1, 2, 3]).issuperset([1]))
print(repr(frozenset({5})), str({9}), {(1, 2), (1, 2)}, type({1}).__name__, type(frozenset()).__name__)
x = {1, 2, 3}
try:
    x < [1]
except TypeError as e:
    print(type(e).__name__, e)
