# vars() and dir() without arguments
def f(p, q=1):
    r = p + q
    return dir()

print(f(1))

def g():
    zeta = 1
    alpha = 2
    return dir()
print(g())

def h(x):
    return vars()
print(h('v'))

print("-- vars with an argument")
def fn():
    pass
fn.attr = 'A'
print(vars(fn))
import sys
print(vars(sys) is sys.__dict__)
try:
    vars(1)
except TypeError as e:
    print('TypeError:', e)

print("-- module-level dir() is sorted")
d = dir()
print(d == sorted(d))
print('fn' in d, 'sys' in d, '__name__' in d)

print("-- dir() in nested function includes free vars used")
def outer():
    cap = 1
    def inner():
        own = cap
        return dir()
    return inner()
print(outer())
