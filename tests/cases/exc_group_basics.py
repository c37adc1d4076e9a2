# ExceptionGroup: construction checks, str/repr, read-only members, split/subgroup/derive.
eg = ExceptionGroup('eg', [ValueError(1), TypeError(2)])
print(eg.exceptions, str(eg), repr(eg), eg.args, eg.message)
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
for args in [('eg', []), ('eg', [1]), ('eg', 5), (5, [ValueError()]), ('eg',), ('eg', [KeyboardInterrupt()])]:
    try:
        print(ExceptionGroup(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = BaseExceptionGroup('g', [ValueError()])
print(type(b).__name__, b)
b2 = BaseExceptionGroup('g', [KeyboardInterrupt()])
print(type(b2).__name__, b2, isinstance(b2, Exception))
try:
    ExceptionGroup('x', [ValueError()], extra=1)
except TypeError as e:
    print(e)
try:
    eg.message = 'x'
except AttributeError as e:
    print(e)
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')]), KeyError('d')])
nested.add_note('a note')
m, r = nested.split(ValueError)
print(repr(m), repr(r))
print(m.__notes__, r.__notes__, m.__notes__ is nested.__notes__)
print(repr(nested.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
print(nested.split(ExceptionGroup)[0] is nested)
print(nested.subgroup((OSError,)))
try:
    nested.split(5)
except TypeError as e:
    print(e)
print(repr(nested.derive([ValueError('z')])))
class MyEG(ExceptionGroup):
    pass
me = MyEG('mine', [ValueError(1)])
print(type(me).__name__, type(me.split(ValueError)[0]).__name__)
try:
    MyEG('m', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup('raised', [ValueError(1)])
except ExceptionGroup as e:
    print('caught', e, e.exceptions)
print(ExceptionGroup[int])
