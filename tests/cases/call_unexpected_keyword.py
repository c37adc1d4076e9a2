# TypeError messages for unexpected keyword arguments
def f(a, b=1):
    pass
def g(*args):
    pass
def h(a, /, b):
    pass
def k(*, only):
    pass

def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print(e)

attempt(f, 1, c=2)
attempt(f, 1, b=2, zz=3)
attempt(f, a=1, extra=2, more=3)
attempt(g, x=1)
attempt(g, 1, 2, y=3)
attempt(k, only=1, other=2)
attempt(lambda: 0, q=1)
print("-- posonly name as keyword without **kwargs")
attempt(h, 1, b=2)
attempt(h, a=1, b=2)
print("-- builtins")
try:
    len([], x=1)
except TypeError as e:
    print(e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(e)
try:
    sorted([], bogus=1)
except TypeError as e:
    print(e)
try:
    'abc'.split(bogus=1)
except TypeError as e:
    print(e)
