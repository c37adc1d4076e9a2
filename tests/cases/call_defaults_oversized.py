# __defaults__ is writable and may be longer than the positional parameters:
# only the last argcount defaults are used, and the arity message uses the
# (possibly negative) difference.
def f(a):
    return a
f.__defaults__ = (1, 2)
print(f())
print(f(5))

def g(a, b, c):
    return a, b, c
g.__defaults__ = (1, 2, 3, 4, 5)
print(g(9))
print(g())

def h(a):
    return a
h.__defaults__ = (1, 2, 3)
try:
    h(1, 2)
except TypeError as e:
    print(e)

def k(a, b=0, *, c):
    return a, b, c
k.__defaults__ = (7, 8, 9)
print(k(c=1))
try:
    k(1, 2, 3, c=4)
except TypeError as e:
    print(e)
