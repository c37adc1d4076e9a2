# call error messages use the qualified name of the function
def outer():
    def middle():
        def inner(a, *, k):
            return a
        return inner
    return middle

inner = outer()()
print(inner.__qualname__)

def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print(e)

attempt(inner)
attempt(inner, 1)
attempt(inner, 1, 2, k=3)
attempt(inner, 1, k=1, z=2)
attempt(inner, 1, a=1, k=1)
attempt(lambda: 0, 1)
make_lambda = lambda: (lambda x: x)
attempt(make_lambda(), 1, 2)
print("-- decorated wrapper reports wrapper's name")
def deco(fn):
    def wrapper(a):
        return fn(a)
    return wrapper
@deco
def target(a):
    pass
attempt(target)
print("-- renaming changes the message")
def plain(a):
    pass
plain.__qualname__ = 'Pretend.plain'
attempt(plain)
