# range: arguments, negative steps, slicing, len, membership, repr
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)), list(range(-3, 3)))
print(list(range(0, -10, -3)))
print("-- len")
for r in [range(10), range(1, 10, 2), range(10, 0, -3), range(0), range(5, 1), range(0, 100, 7)]:
    print(repr(r), len(r))
print("-- indexing and slicing")
r = range(0, 20, 2)
print(r[0], r[3], r[-1], r[-2])
print(r[2:5], r[::-1], r[::2], r[-3:], r[5:1:-1])
print(list(r[::-1]))
print("-- membership and index/count")
print(4 in r, 5 in r, 20 in r, -2 in r, 18 in r)
print(r.index(6), r.count(6), r.count(7))
try:
    r.index(7)
except ValueError as e:
    print('ValueError:', e)
print("-- attributes")
print(r.start, r.stop, r.step)
print(range(3).step)
print("-- equality")
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2))
print(range(3) == [0, 1, 2])
print("-- big ranges")
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19])
print("-- errors")
for args in [(1, 2, 0), ('1',), (1.5,)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
try:
    range(3)[5]
except IndexError as e:
    print('IndexError:', e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 7, 2))))
