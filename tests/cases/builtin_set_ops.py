# sets of integers (printed sorted for determinism)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(range(3))), sorted(a.difference({1})))
print(a <= {1, 2, 3, 4, 5}, a < a, a <= a, {1} < a, a.issuperset({1, 2}), a.isdisjoint({7}))
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.discard(99)
s.remove(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
print(sorted(set([3, 3, 1, 2, 1])), sorted(set(range(5)) - {0}))
print(sorted({x % 3 for x in range(10)}))
print(3 in a, 9 in a, len(set()), set() == set(), {1, 2} == {2, 1})
print(repr(set()), type({}).__name__, type({1}).__name__)
fs = frozenset([1, 2])
print(sorted(fs), type(fs).__name__, fs == {1, 2})
print({fs: 'frozen key'}[frozenset([2, 1])])
print("-- dedupe preserving order without sets of strings")
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe(['b', 'a', 'b', 'c', 'a']))
