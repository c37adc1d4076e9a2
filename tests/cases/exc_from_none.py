# raise ... from None suppresses context display
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('clean') from None
except ValueError as e:
    print(repr(e))
    print(e.__cause__)
    print(repr(e.__context__))
    print(e.__suppress_context__)

print("-- __suppress_context__ is writable")
e = ValueError('x')
print(e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)

print("-- raise from None outside a handler")
try:
    raise ValueError('a') from None
except ValueError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
