# calling objects that are not callable
values = [0, 1.5, 'abc', b'x', None, True, [1], (1, 2), {1: 2}, range(3), 10**30, -0.0]
for v in values:
    try:
        v()
    except TypeError as e:
        print(e)

print("-- common mistakes")
x = 5
try:
    x(3)
except TypeError as e:
    print(e)
lst = [1, 2]
try:
    lst(0)
except TypeError as e:
    print(e)
d = {'f': 1}
try:
    d['f']()
except TypeError as e:
    print(e)

print("-- shadowing a builtin with a value")
def shadow():
    len = 3
    try:
        return len('abc')
    except TypeError as e:
        return str(e)
print(shadow())

print("-- calling result of function returning None")
def returns_none():
    pass
try:
    returns_none()()
except TypeError as e:
    print(e)

print("-- module not callable")
import sys
try:
    sys()
except TypeError as e:
    print(e)

print("-- exception instance not callable")
try:
    ValueError('v')()
except TypeError as e:
    print(e)
