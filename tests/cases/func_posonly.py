# positional-only parameters (before /)
def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)

print("-- valid calls")
print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, 2, 3, 4, e=6))
print(f(1, 2, d=0, c=9))

print("-- code")
c = f.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_varnames)
print(f.__defaults__, f.__kwdefaults__)

print("-- posonly names can also be kwargs keys")
def g(name, /, **kw):
    return name, kw
print(g('x', name='y'))
print(g('x', other=1))

print("-- errors")
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)

def h(x, /):
    return x * 2
print(h(21))
try:
    h(x=1)
except TypeError as e:
    print(e)

def defaults_posonly(a=1, b=2, /):
    return a, b
print(defaults_posonly())
print(defaults_posonly(10))
print(defaults_posonly(10, 20))
print(defaults_posonly.__code__.co_posonlyargcount)
try:
    defaults_posonly(b=5)
except TypeError as e:
    print(e)
