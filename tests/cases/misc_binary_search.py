# binary search variants and bisection helpers
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def search_recursive(xs, target, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    if xs[mid] < target:
        return search_recursive(xs, target, mid + 1, hi)
    return search_recursive(xs, target, lo, mid)

data = [1, 3, 3, 5, 8, 13, 21, 34, 55]
for t in [1, 3, 4, 55, 0, 100, 21]:
    print(t, binary_search(data, t), bisect_left(data, t), search_recursive(data, t))

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 20, 2 ** 101]])

def find_root(f, lo, hi, steps=60):
    for _ in range(steps):
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
    return round((lo + hi) / 2, 9)
print(find_root(lambda x: x * x - 2, 0, 2))
print(find_root(lambda x: x ** 3 - x - 1, 1, 2))
