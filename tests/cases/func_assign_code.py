# assigning __code__ of a function
def f(x):
    return x + 1

def g(x):
    return x * 100

print(f(1), g(1))
f.__code__ = g.__code__
print(f(1))
print(f.__name__, f.__code__.co_name)
print(f.__code__ is g.__code__)

print("-- code with different signature")
def h(a, b):
    return a - b
f.__code__ = h.__code__
print(f(10, 3))
try:
    f(1)
except TypeError as e:
    print(e)

print("-- closure code needs matching closure")
def make():
    n = 5
    def inner():
        return n
    return inner
clo = make()
def plain():
    return 'plain'
try:
    plain.__code__ = clo.__code__
except ValueError as e:
    print('ValueError:', e)
try:
    clo.__code__ = plain.__code__
except ValueError as e:
    print('ValueError:', e)

print("-- same number of free vars is fine")
def make2():
    m = 'm-value'
    def other():
        return 'other sees ' + str(m)
    return other
o = make2()
o.__code__ = clo.__code__
print(o())
print(o.__code__.co_freevars)

print("-- restore")
def restore():
    return 'restored'
saved = restore.__code__
restore.__code__ = plain.__code__
print(restore())
restore.__code__ = saved
print(restore())
