xs = list(range(10))
print(xs[2:8:2], xs[::-1], xs[-3:], xs[:-7], xs[100:], xs[-100:2], xs[::3])
xs[2:5] = ["a", "b"]
print(xs, len(xs))
xs[::2] = [0] * len(xs[::2])
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
del xs[1::3]
print(xs)
ys = [5, 3, 8]
ys.insert(0, 1); ys.insert(100, 9); ys.insert(-1, 7)
print(ys, ys.index(8), ys.count(3))
try:
    ys.index(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ys.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
print(ys.pop(), ys.pop(0), ys)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1][5] = 0
except IndexError as e:
    print(type(e).__name__, e)
a = [[0] * 3] * 2
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(2)]
b[0][0] = 1
print(b)
c = [1, 2]
c.extend(range(3)); c += "ab"; c *= 2
print(c)
print([1, 2] + [3], [1, 2] * 0, [1, [2, [3, [4]]]], [1, 2] < [1, 3], [1, 2] == [1, 2.0])
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
l2 = l
l2.reverse()
print(l, l is l2, l.copy() is l, l[:] == l)
l.clear()
print(l, l2)
r = [1]
r.append(r)
print(r)
