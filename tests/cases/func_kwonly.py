# keyword-only parameters (after * or *args)
def f(a, *, b, c=3):
    return (a, b, c)

print("-- f(a, *, b, c=3)")
print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=0, c=9, b=8))
print(f.__defaults__)
print(f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount)

def g(*args, key=None, reverse=False):
    return args, key, reverse

print("-- g(*args, key=None, reverse=False)")
print(g())
print(g(1, 2, key='k'))
print(g(reverse=True))
print(g.__kwdefaults__)
print(g.__defaults__)

def h(*, x, y):
    return x - y

print("-- h(*, x, y)")
print(h(x=10, y=3))
print(h(y=10, x=3))
print(h.__kwdefaults__)
print(h.__code__.co_argcount, h.__code__.co_kwonlyargcount)

print("-- errors")
try:
    h(1, 2)
except TypeError as e:
    print(e)
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    h()
except TypeError as e:
    print(e)

print("-- modifying __kwdefaults__")
f.__kwdefaults__ = {'b': 100, 'c': 200}
print(f(1))
f.__kwdefaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
print(f.__kwdefaults__)
