# sys._getframe() and basic frame attributes
import sys

def current():
    return sys._getframe()

def caller():
    return sys._getframe(1)

f = current()
print(type(f).__name__)
print(f.f_code.co_name)
print(f.f_code is current.__code__)

def who_called_me():
    return caller().f_code.co_name
print(who_called_me())

print("-- module frame")
m = sys._getframe()
print(m.f_code.co_name)
print(m.f_globals is globals())
print(m.f_locals is globals())
print(m.f_back is None)

print("-- frame inside nested function")
def outer():
    def inner():
        fr = sys._getframe()
        return fr.f_code.co_name, fr.f_code.co_qualname, fr.f_back.f_code.co_name
    return inner()
print(outer())

print("-- default argument 0")
def zero():
    return sys._getframe(0).f_code.co_name
print(zero())

print("-- lambda frame")
print((lambda: sys._getframe().f_code.co_name)())

print("-- getframe errors")
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError:', e)
try:
    sys._getframe('x')
except TypeError as e:
    print('TypeError:', e)
def deep(n):
    if n == 0:
        try:
            sys._getframe(5)
            return 'depth ok'
        except ValueError as e:
            return 'ValueError: ' + str(e)
    return deep(n - 1)
print(deep(10))
print(deep(2))
