# tuple operations
t = (1, 2, 3, 2)
print(len(t), t[0], t[-1], t[1:3], t.count(2), t.index(3), 2 in t)
print(t + (4,), t * 2, (0,) * 0, () + ())
print((1, 2) < (1, 2, 3), (2,) > (1, 99), (1, 2) == (1, 2), (1,) == [1])
print(tuple(sorted(t)), tuple(reversed(t)), min(t), max(t), sum(t))
print("-- single-element tuple needs a comma")
print(type((1)).__name__, type((1,)).__name__, type(()).__name__)
one = 1,
print(one)
print("-- tuples are immutable but may contain mutable items")
nested = ([1], 'x')
nested[0].append(2)
print(nested)
try:
    nested[0] += [3]
except TypeError as e:
    print('TypeError:', e)
print(nested)
print("-- tuple as dict key and in sets")
grid = {(0, 0): 'origin', (1, 2): 'p'}
print(grid[(1, 2)], grid.get((5, 5), 'none'))
print(sorted({(1, 2), (1, 2), (0, 1)}))
print("-- hashing mutable contents fails")
try:
    {([1],): 1}
except TypeError as e:
    print('TypeError:', e)
print("-- returning multiple values")
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, avg)
print(stats([1]))
