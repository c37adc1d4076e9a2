s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
data = list(range(20))
print(data[s], data[slice(None, None, -5)], "abcdefgh"[slice(2, None)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    data[::0]
except ValueError as e:
    print(type(e).__name__, e)
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1], p[1:2], p[::3], p[1:2, 3], p[...], p[:, None], p["k"])
t = tuple(range(10))
print(t[2:-2], t[-1:-4:-1], t[100:], t[3:1], "hello"[::-2], "hello"[-100:100])
print(data[-3:][::-1], data[5:0:-2], data[::-7], data[slice(2, 4)] == data[2:4])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), repr(slice("a", [1], None)))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3]["a":]
except TypeError as e:
    print(type(e).__name__, e)
b = list("abcdef")
b[1:3] = "XYZ"
print(b)
del b[::2]
print(b)
r = range(100)[10:50:7]
print(r, list(r), r[-1], range(10)[::-1], range(0, 10, 3)[1:], len(range(5, 100, 7)))
