# str() and repr() of exceptions with 0, 1, 2 args
cases = [ValueError(), ValueError('msg'), ValueError('a', 'b'), ValueError(42),
         ValueError(None), ValueError(''), ValueError(['l']), ValueError(('t',)),
         Exception('x', 1, None), RuntimeError('it\'s'), TypeError('quote"d'),
         ZeroDivisionError('division by zero'), StopIteration(5), AssertionError()]
for e in cases:
    print('str=%s | repr=%s' % (str(e), repr(e)))

print("-- in containers, repr is used")
print([ValueError('a'), KeyError('b')])
print((IndexError(),))

print("-- print calls str")
print(ValueError('printed'))
print(ValueError())
print(ValueError(1, 2))

print("-- f-strings and formatting")
e = NameError('nm')
print(f'{e}', f'{e!r}', '%s / %r' % (e, e))

print("-- str of the class vs instance")
print(str(ValueError))
