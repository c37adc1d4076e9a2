# explicit chaining with raise ... from ...
try:
    try:
        int('x')
    except ValueError as inner:
        raise RuntimeError('conversion failed') from inner
except RuntimeError as e:
    print(repr(e))
    print(repr(e.__cause__))
    print(repr(e.__context__))
    print(e.__cause__ is e.__context__)
    print(e.__suppress_context__)

print("-- from a different exception than the one handled")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('t') from KeyError('unrelated')
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

print("-- from outside any handler")
try:
    raise ValueError('v') from IndexError('i')
except ValueError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

print("-- from an exception class instantiates it")
try:
    raise ValueError('v') from KeyError
except ValueError as e:
    print(repr(e.__cause__))

print("-- from a non-exception is a TypeError")
try:
    raise ValueError('v') from 'string'
except TypeError as e:
    print('TypeError:', e)

print("-- setting __cause__ by hand")
e = ValueError('x')
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__)
try:
    e.__cause__ = 5
except TypeError as err:
    print('TypeError:', err)
