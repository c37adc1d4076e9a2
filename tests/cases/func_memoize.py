# memoisation with closures and dict caches
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args in cache:
            wrapper.hits += 1
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.hits = 0
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
print(fib.hits)
print(len(fib.cache))
print(fib(80), fib.hits)

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print("-- grid paths")
for n in range(1, 8):
    print(n, paths(n, n))
print(paths(16, 16))

@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print("-- partitions")
print([partitions(n, n) for n in range(15)])
print(partitions(60, 60))

print("-- coin change")
def ways(amount, coins):
    memo = {}
    def go(a, i):
        if a == 0:
            return 1
        if a < 0 or i == len(coins):
            return 0
        key = (a, i)
        if key not in memo:
            memo[key] = go(a - coins[i], i) + go(a, i + 1)
        return memo[key]
    return go(amount, 0)
print(ways(100, [1, 5, 10, 25, 50]))
print(ways(10, [2, 5, 3, 6]))
