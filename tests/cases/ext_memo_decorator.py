def memoize(fn):
    cache = {}
    calls = [0]
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            return cache[key]
        calls[0] += 1
        result = fn(*args, **kwargs)
        cache[key] = result
        return result
    wrapper.cache = cache
    wrapper.calls = calls
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@memoize
def fib(n):
    "Fibonacci numbers."
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

@memoize
def power(base, exp=2):
    return base ** exp

print(fib(30), fib.calls[0], len(fib.cache))
print(fib(90))
print(fib.__name__, fib.__qualname__, fib.__doc__)
print(power(3), power(3, exp=2), power(3, 2), power(base=3))
print(power.calls[0], sorted(power.cache.items(), key=repr))
print(fib.__code__.co_name, fib.__code__.co_freevars)
print([c.cell_contents.__name__ if callable(c.cell_contents) else type(c.cell_contents).__name__ for c in fib.__closure__])
print(fib.__wrapped__ if hasattr(fib, "__wrapped__") else "no __wrapped__")
print(sorted(fib.__dict__))
