def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

def g(x, *args, y, **kw):
    return x, args, y, kw

def h():
    pass

def k(a, b=2):
    return a, b

calls = [
    lambda: f(1, 2, 3, e=5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2),
    lambda: f(1),
    lambda: f(1, 2, 3, 4, 5, e=1),
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, e=5, g=7),
    lambda: f(1, 2, 3, c=3, e=4),
    lambda: f(1, 2, 3, 4, d=4, e=4),
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, y=3, z=4),
    lambda: g(1, x=2, y=3),
    lambda: h(1),
    lambda: h(a=1),
    lambda: k(),
    lambda: k(1, 2, 3),
    lambda: k(1, c=3),
    lambda: k(b=1),
    lambda: k(*[1, 2], **{"b": 3}),
    lambda: k(**{1: 2}),
    lambda: k(*5),
    lambda: k(**[1]),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, type(e).__name__, e)
