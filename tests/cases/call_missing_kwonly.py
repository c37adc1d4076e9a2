# TypeError messages for missing keyword-only arguments
def one(*, a):
    pass
def two(*, a, b):
    pass
def three(*, a, b, c):
    pass
def mixed(x, *, a, b=2, c):
    pass
def varargs_kwonly(*args, key, flag):
    pass

def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print(e)

attempt(one)
attempt(two)
attempt(two, a=1)
attempt(two, b=1)
attempt(three)
attempt(three, b=0)
attempt(mixed, 1)
attempt(mixed, 1, a=1)
attempt(mixed, 1, c=1)
attempt(varargs_kwonly, 1, 2, 3)
attempt(varargs_kwonly, key=1)
print("-- positional reported before keyword-only")
attempt(mixed)
print("-- both satisfied")
attempt(mixed, 0, a=1, c=3)
attempt(three, c=1, b=2, a=3)
print("-- lambda")
attempt(lambda *, k: k)
