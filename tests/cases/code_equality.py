# identity and hashing of code objects
def f():
    return 1

c = f.__code__
print(c == c)
print(c is f.__code__)
print(hash(c) == hash(c))
d = {c: 'code as key'}
print(d[f.__code__])

print("-- code accessible from a running frame is the function's code")
import sys
def me():
    return sys._getframe().f_code
print(me() is me.__code__)

print("-- codes in a set")
def a():
    pass
def b():
    pass
s = {a.__code__, b.__code__, a.__code__}
print(len(s))
print(a.__code__ in s)
