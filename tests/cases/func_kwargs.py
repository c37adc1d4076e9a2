# **kwargs collects extra keyword arguments into a dict (insertion ordered)
def f(**kw):
    return kw

print("-- f(**kw)")
print(f())
print(f(a=1))
print(f(z=1, y=2, x=3))
print(list(f(b=1, a=2).keys()))
print(type(f()).__name__)

def g(a, b=0, **opts):
    return a, b, opts

print("-- g(a, b=0, **opts)")
print(g(1))
print(g(1, 2, c=3))
print(g(a=1, c=3, b=2, d=4))
print(g(1, **{'x': 1, 'y': 2}))
print(g(**{'a': 5, 'b': 6, 'q': 7}))

print("-- kwargs is a new dict")
d = {'p': 1}
r = f(**d)
print(r == d, r is d)
r['new'] = 1
print(d)

def merge(*args, **kwargs):
    return len(args), sorted(kwargs.items())

print("-- merge")
print(merge())
print(merge(1, 2, k=3))
print(merge(*'abc', **dict(x=1, y=2)))

print("-- names that look like params")
def h(a, **kw):
    return a, kw
print(h(1, b=2, kw=3))

print("-- flags")
print(bool(f.__code__.co_flags & 0x08))
print(bool(f.__code__.co_flags & 0x04))
print(f.__code__.co_varnames)
print(g.__code__.co_varnames)
