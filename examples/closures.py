# A tour of Python's execution model as Kaa implements it: code objects, function
# objects, cells and frames. Run it with `cargo run --release -- examples/closures.py`
# and compare with `python3 examples/closures.py`: the output is the same.
import sys


def make_counter(start=0, *, step=1):
    """Return a counter that remembers its total in a closure cell."""
    count = start

    def counter():
        nonlocal count
        count += step
        return count

    return counter


c1 = make_counter()
c2 = make_counter(10, step=5)
print([c1() for _ in range(3)], [c2() for _ in range(3)])

# One code object, compiled once, shared by every function made from it.
print(c1.__code__ is c2.__code__)
print(c1.__qualname__, c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
# Each function has its own cells.
print([cell.cell_contents for cell in c1.__closure__])
print([cell.cell_contents for cell in c2.__closure__])

# Late binding: closures see the variable, not the value at creation time.
adders = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders])
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])


# Frames: each call gets one; sys._getframe walks the chain.
def where():
    frame = sys._getframe(1)
    return frame.f_code.co_name, frame.f_lineno


def caller():
    return where()


print(caller())


# Recursion through closures, and a RecursionError caught like any exception.
def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

# Exceptions carry tracebacks made of frames.
try:
    c1.__closure__[0].cell_contents = "not a number"
    c1()
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(type(e).__name__, e, "in", tb.tb_frame.f_code.co_name, "line", tb.tb_lineno)
