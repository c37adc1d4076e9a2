t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t[1:4], t + (0,), t * 2 if len(t) < 5 else t[:2] * 3)
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(tuple(), tuple("ab"), tuple([1, [2]]), (1,) == (1,), (1, 2) < (1, 2, 0), () < (0,), max((1, 2), (1, 3)))
nested = ((1, 2), (3, 4))
print(dict(nested), [a + b for a, b in nested], tuple(map(sum, nested)), sorted(nested, reverse=True))
r = range(2, 20, 3)
print(r, list(r), len(r), r.start, r.stop, r.step, r[2], r[-1], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5) == range(0, 5), range(0) == range(2, 1), hash(range(3)) == hash(range(0, 3)), list(range(10, 0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(5)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(100)
except ValueError as e:
    print(type(e).__name__, e)
print(range(-5, 5, 2)[::-1], list(range(-5, 5, 2)[::-1]), range(10**20)[-1], len(range(0, 10**20, 7)))
a, *b = t
print(a, b, t[::-1], sorted(t), tuple(reversed(t)), sum(t), min(t), t.__len__())
