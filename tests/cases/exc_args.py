# the args attribute of exceptions
for e in [ValueError(), ValueError('one'), ValueError('a', 'b'), ValueError(1, 2, 3),
          KeyError('k'), TypeError(None), Exception([1, 2]), RuntimeError(('t',))]:
    print(type(e).__name__, e.args, len(e.args))

print("-- args is always a tuple")
e = ValueError('x')
print(type(e.args).__name__)

print("-- args can be replaced")
e.args = ('new', 'args')
print(e.args, str(e))
e.args = ['listy']
print(e.args, type(e.args).__name__)

print("-- args of caught built-in errors")
try:
    1 / 0
except ZeroDivisionError as err:
    print(err.args)
try:
    [][1]
except IndexError as err:
    print(err.args)
try:
    {}['missing']
except KeyError as err:
    print(err.args)
try:
    int('zz')
except ValueError as err:
    print(err.args)

print("-- exception attributes")
e = ValueError('v')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
print(sorted([n for n in ['args', 'with_traceback', '__cause__', '__context__', '__traceback__', '__suppress_context__', 'add_note'] if hasattr(e, n)]))
