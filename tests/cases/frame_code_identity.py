# f_code of a running frame is the function's code object
import sys

def f():
    return sys._getframe().f_code

print(f() is f.__code__)

def outer():
    def inner():
        return sys._getframe().f_code
    return inner
i = outer()
print(i() is i.__code__)

print("-- each call gets a new frame")
def frame():
    return sys._getframe()
a = frame()
b = frame()
print(a is b, a.f_code is b.f_code)

print("-- frames of comprehensions and lambdas")
def comp():
    return [sys._getframe().f_code.co_name for _ in range(1)][0]
print(comp())
print((lambda: sys._getframe().f_code.co_name)())
def comp_back():
    return [sys._getframe(1).f_code.co_name for _ in range(1)][0]
print(comp_back())

print("-- f_code of the caller identifies the caller function")
def identify():
    code = sys._getframe(1).f_code
    for fn in (p, q):
        if fn.__code__ is code:
            return fn.__name__
    return '?'
def p():
    return identify()
def q():
    return identify()
print(p(), q(), identify())
