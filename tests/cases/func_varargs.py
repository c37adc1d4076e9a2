# *args collects extra positional arguments into a tuple
def f(*args):
    return args

print("-- f(*args)")
print(f())
print(f(1))
print(f(1, 2, 3))
print(type(f()).__name__)
print(f(*[4, 5], 6))

def g(a, b=2, *rest):
    return a, b, rest

print("-- g(a, b=2, *rest)")
print(g(1))
print(g(1, 3))
print(g(1, 3, 5, 7))
print(g(*range(6)))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print("-- total")
print(total())
print(total(1, 2, 3, 4))
print(total(*range(101)))

def first_and_rest(first, *rest):
    return 'first=%r rest=%r' % (first, rest)

print(first_and_rest('x'))
print(first_and_rest('x', 'y', 'z'))

print("-- args is a fresh tuple")
t = (1, 2, 3)
r = f(*t)
print(r == t)
print(type(r) is tuple)

print("-- code flags")
print(bool(f.__code__.co_flags & 0x04))
print(bool(total.__code__.co_flags & 0x04))
print(bool(first_and_rest.__code__.co_flags & 0x08))
print(g.__code__.co_argcount, g.__code__.co_varnames)
