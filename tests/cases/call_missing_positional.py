# TypeError messages for missing positional arguments
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def four(a, b, c, d):
    pass
def with_default(a, b, c=3):
    pass
def outer():
    def inner(x, y):
        pass
    return inner

def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print(e)

print("-- one missing")
attempt(one)
attempt(two, 1)
attempt(three, 1, 2)
attempt(two, b=1)
attempt(three, 1, c=3)
print("-- two missing")
attempt(two)
attempt(three, 1)
attempt(three, b=2)
attempt(with_default)
print("-- three missing")
attempt(three)
attempt(four, 1)
print("-- four missing")
attempt(four)
print("-- nested function uses qualname")
attempt(outer())
attempt(outer(), 1)
print("-- lambda")
attempt(lambda p, q: 0)
attempt(lambda p, q, r: 0, q=1)
print("-- posonly missing")
def po(a, b, /):
    pass
attempt(po, 1)
attempt(po)
