seen = {1, 2, 3, 4, 5}
seen.difference_update([1, 2], {3})
print(seen)
seen.intersection_update(range(5))
print(seen)
seen.symmetric_difference_update({4, 9})
print(seen)
tags = set("abc")
tags.intersection_update("bcd", "cde")
print(tags)
a = {1, 2}
b = a
a |= {3}
a -= {1}
a &= {2, 3, 4}
a ^= {5}
print(a, b is a, sorted(b))
print({1, 2}.__or__({3}), {1, 2}.__and__({2}), {1}.__sub__({1}), {1}.__xor__({2}), {1}.__or__([2]))
fs = frozenset([1, 2])
print(fs | {3}, fs.__or__(frozenset([3])), type(fs | {3}).__name__, type({3} | fs).__name__)
