# getattr/setattr/hasattr/delattr on functions and builtins
def f():
    "doc"
    pass

print(getattr(f, '__name__'))
print(getattr(f, '__doc__'))
print(getattr(f, 'missing', 'fallback'))
print(getattr(f, 'missing', None))
try:
    getattr(f, 'missing')
except AttributeError as e:
    print('AttributeError:', e)

print("-- setattr")
setattr(f, 'color', 'red')
print(f.color, hasattr(f, 'color'))
setattr(f, '__name__', 'g')
print(f.__name__)
setattr(f, 'with space', 1)
print(getattr(f, 'with space'))

print("-- delattr")
delattr(f, 'color')
print(hasattr(f, 'color'))
try:
    delattr(f, 'color')
except AttributeError as e:
    print('AttributeError:', e)

print("-- hasattr")
print(hasattr(f, '__code__'), hasattr(len, '__code__'), hasattr('', 'upper'), hasattr(1, 'real'))

print("-- getattr for method lookup")
print(getattr('abc', 'upper')())
print(getattr([3, 1, 2], 'index')(2))
m = getattr({'a': 1}, 'get')
print(m('a'), m('z', 0))

print("-- attribute name must be a string")
try:
    getattr(f, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    setattr(f, None, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    hasattr(f, 5)
except TypeError as e:
    print('TypeError:', e)

print("-- numeric attributes")
print((5).real, (5).imag, (3.5).real, (7).numerator, (7).denominator)
print((10).bit_length(), (255).bit_length(), (1.5).is_integer(), (2.0).is_integer())
