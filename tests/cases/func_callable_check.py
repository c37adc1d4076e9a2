# callable() and invoking various callables
import types

def f():
    return 'f'

things = [f, lambda: 0, len, print, int, str, ValueError, type, 1, 'str', None,
          [], (), {}, f.__code__, types.FunctionType, range, 1.5, True]
for t in things:
    print(type(t).__name__, callable(t))

print("-- types are callable and return instances")
print(int(), str(), float(), list(), tuple(), dict(), bool())
print(type(ValueError('x')).__name__)
print(range(3))

print("-- calling a non-callable")
for obj in [1, 'text', None, [1], (1,), {'a': 1}, 2.5, True]:
    try:
        obj()
    except TypeError as e:
        print(e)

print("-- calling the result of a call")
def factory():
    return f
print(factory()())
try:
    f()()
except TypeError as e:
    print(e)
