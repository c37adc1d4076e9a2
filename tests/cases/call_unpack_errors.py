# errors when unpacking call arguments with * and **
def f(*args, **kwargs):
    return args, kwargs

def attempt(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError:', e)

attempt(lambda: f(*5))
attempt(lambda: f(*None))
attempt(lambda: f(**5))
attempt(lambda: f(**None))
attempt(lambda: f(**[('a', 1)]))
attempt(lambda: f(**{1: 2}))
attempt(lambda: f(**{'a': 1}, **{'a': 2}))
attempt(lambda: f(a=1, **{'a': 2}))
print("-- errors name the callee")
def outer():
    def inner(*a):
        return a
    return inner
attempt(lambda: outer()(*3))
attempt(lambda: len(*3))
attempt(lambda: print(**3))
print("-- valid: any iterable for *")
attempt(lambda: f(*'ab', *range(2), *[[3]]))
attempt(lambda: f(*{'k': 1}))
attempt(lambda: f(**dict(zip('ab', [1, 2]))))
