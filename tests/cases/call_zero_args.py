# functions with no parameters
def nothing():
    return 'nothing'

def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(e)

attempt(nothing)
attempt(nothing, 1)
attempt(nothing, 1, 2)
attempt(nothing, x=1)
attempt(nothing, *[])
attempt(nothing, **{})
attempt(nothing, *[], **{})
attempt(nothing, *[None])
attempt(nothing, **{'a': 1, 'b': 2})
print(nothing.__code__.co_argcount, nothing.__code__.co_nlocals, nothing.__code__.co_varnames)
print(nothing.__defaults__, nothing.__kwdefaults__)
lam = lambda: 'lam'
attempt(lam)
attempt(lam, 0)
