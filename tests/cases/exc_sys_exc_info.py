# sys.exc_info() and sys.exception() inside and outside handlers
import sys

print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__)
    print(v.__traceback__ is tb)
print(sys.exc_info())

print("-- nested handlers")
try:
    raise KeyError('outer')
except KeyError:
    try:
        raise IndexError('inner')
    except IndexError:
        print(repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))
print(sys.exc_info()[0])

print("-- function called from handler sees the exception")
def report():
    return repr(sys.exc_info()[1])
try:
    1 / 0
except ZeroDivisionError:
    print(report())
print(report())

print("-- in finally without exception")
try:
    pass
finally:
    print(sys.exc_info()[0])
