# functools' native wrappers: calls through partial objects (positional and keyword),
# lru_cache hits and misses (bounded and unbounded), sorting with cmp_to_key, reduce.
import functools


def add(a, b, c=0):
    return a + b + c


def compare(a, b):
    return (a > b) - (a < b)


def run(n):
    total = 0
    inc = functools.partial(add, 1)
    inc_kw = functools.partial(add, c=2)
    for i in range(n):
        total += inc(i) + inc_kw(i, 1)

    @functools.lru_cache(maxsize=None)
    def square(x):
        return x * x

    @functools.lru_cache(maxsize=64)
    def cube(x):
        return x * x * x

    for i in range(n):
        total += square(i & 255) + cube(i % 100)
    key = functools.cmp_to_key(compare)
    data = [(i * 7919) % 1009 for i in range(2000)]
    for _ in range(n // 4000):
        total += sorted(data, key=key)[0]
    total += functools.reduce(add, range(n))
    return total


print(run(200000))
