# positional-only parameters passed as keywords
def f(a, b, /, c):
    return a, b, c
def g(a, /, **kw):
    return a, kw
def h(a=1, /, *, b=2):
    return a, b

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(e)

attempt(f, 1, 2, 3)
attempt(f, 1, 2, c=3)
attempt(f, 1, b=2, c=3)
attempt(f, a=1, b=2, c=3)
attempt(f, c=3, b=2, a=1)
print("-- with **kw the name goes into kw")
attempt(g, 1, a=2)
attempt(g, a=2)
print("-- defaults and posonly")
attempt(h)
attempt(h, 5)
attempt(h, a=5)
attempt(h, 5, b=6)
print("-- builtins have positional-only params")
try:
    len(obj=[1])
except TypeError as e:
    print(e)
try:
    abs(x=-1)
except TypeError as e:
    print(e)
try:
    divmod(a=1, b=2)
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], reverse=True))
try:
    sorted(iterable=[1])
except TypeError as e:
    print(e)
