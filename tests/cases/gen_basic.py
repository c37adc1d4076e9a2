import types
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)))
g = count(3)
print(type(g), type(g).__name__, isinstance(g, types.GeneratorType))
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_running, g.gi_suspended)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args, e.value)
print(next(g, "done"))
print(iter(g) is g)
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
print(outer.__code__.co_flags & 0x20, count.__code__.co_flags & 0x20)
print(sum(x * x for x in range(10)))
print(",".join(str(i) for i in range(5)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((x % 3, x) for x in range(6)))
print(dict((k, k * 2) for k in "abc"))
print(set(x % 2 for x in range(10)))
print(tuple(c.upper() for c in "hey"))
gen = (x for x in range(3))
print(gen.__name__, gen.__qualname__, 1 in gen, list(gen))
a, b, *rest = (i for i in range(5))
print(a, b, rest)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
for i, f in enumerate(fib()):
    if i > 10:
        break
    print(f, end=" ")
print()
print(list(zip(count(3), "abc", fib())))
print(list(map(lambda x: -x, count(4))))
print(list(filter(None, (x % 3 for x in range(7)))))
def gen_return():
    yield 1
    return "result"
r = gen_return()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("returned", repr(e.value))
def empty():
    return
    yield
print(list(empty()))
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy error", e)
try:
    (x for x in 5)
except TypeError as e:
    print(e)
def lam_gen():
    return (lambda: (yield 1))()
print(list(lam_gen()))
nested = [[(i, j) for j in range(i)] for i in range(3)]
print(list(p for row in nested for p in row if p[0] > 1))
y = 10
print(list(x + y for x in range(3)))
class C:
    vals = [1, 2, 3]
    doubled = list(v * 2 for v in vals)
print(C.doubled)
