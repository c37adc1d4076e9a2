def bisect_left(a, x, lo=0, hi=None):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def search(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise LookupError(f"{x!r} not in list")

data = sorted([17, 3, 9, 25, 1, 12, 9, 40])
print(data)
for x in [1, 9, 10, 40, 0, 41]:
    try:
        print(x, search(data, x), bisect_left(data, x))
    except LookupError as e:
        print(x, "missing:", e, "insert at", bisect_left(data, x))
try:
    bisect_left(data, 3, -1)
except ValueError as e:
    print(type(e).__name__, e)
words = sorted("pear apple fig banana cherry".split())
print(words, search(words, "fig"), bisect_left(words, "date"))
try:
    bisect_left([1, "a"], 0.5)
except TypeError as e:
    print(type(e).__name__, e)
grades = "FDCBA"
breakpoints = [60, 70, 80, 90]
print([grades[bisect_left(breakpoints, s + 1)] for s in [33, 99, 77, 70, 89, 90, 100]])
