# reading and writing __defaults__ and __kwdefaults__
def f(a, b=2, c=3, *, d=4, e=5):
    return a, b, c, d, e

print(f.__defaults__, f.__kwdefaults__)
print(f(1))

print("-- replace defaults")
f.__defaults__ = (20, 30)
print(f(1))
f.__defaults__ = (300,)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print(e)

print("-- defaults longer than argcount")
f.__defaults__ = ('A', 'B', 'C')
print(f())
print(f.__defaults__)

print("-- delete defaults")
del f.__defaults__
print(f.__defaults__)
try:
    f(1)
except TypeError as e:
    print(e)
f.__defaults__ = None
print(f.__defaults__)

print("-- invalid defaults")
try:
    f.__defaults__ = [1, 2]
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = [('d', 1)]
except TypeError as e:
    print(e)

print("-- kwdefaults")
f.__defaults__ = (2, 3)
f.__kwdefaults__ = {'d': 'D', 'e': 'E'}
print(f(1))
f.__kwdefaults__['e'] = 'changed'
print(f(1))
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    f(1)
except TypeError as e:
    print(e)

print("-- functions without defaults")
def g(x):
    return x
print(g.__defaults__, g.__kwdefaults__)
g.__defaults__ = (7,)
print(g())
