# TypeError: got multiple values for argument
def f(a, b, c=3):
    pass
def g(x, *args, y=0):
    pass

def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print(e)

attempt(f, 1, a=2)
attempt(f, 1, 2, b=3)
attempt(f, 1, 2, 3, c=4)
attempt(f, *(1, 2), **{'a': 0})
attempt(g, 1, 2, x=3)
attempt(g, 1, y=2)
print("-- multiple values for keyword argument via ** merge")
try:
    f(1, **{'b': 2}, **{'b': 3})
except TypeError as e:
    print(e)
try:
    f(1, b=2, **{'b': 3})
except TypeError as e:
    print(e)
print("-- nested qualname in message")
def outer():
    def inner(p):
        pass
    return inner
attempt(outer(), 1, p=2)
print("-- lambda")
attempt(lambda v: v, 1, v=2)
