# except (A, B) as e, and except with expressions
def check(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as e:
        return 'lookup: ' + type(e).__name__
    except (TypeError, ValueError) as e:
        return 'type/value: ' + type(e).__name__
    except Exception as e:
        return 'other: ' + type(e).__name__
    return 'none'

print(check(lambda: {}['x']))
print(check(lambda: [][1]))
print(check(lambda: 1 + 'a'))
print(check(lambda: int('q')))
print(check(lambda: 1 // 0))
print(check(lambda: 0))

print("-- exception classes from variables and nested tuples")
errors = (ZeroDivisionError, KeyError, IndexError)
try:
    [][0]
except errors as e:
    print('tuple variable matched', type(e).__name__)

print("-- nested tuples are not allowed in except")
try:
    try:
        [][0]
    except (ZeroDivisionError, (KeyError, IndexError)):
        print('never')
except TypeError as e:
    print('TypeError:', e)
    print(type(e.__context__).__name__)

which = ValueError
try:
    raise ValueError('dynamic')
except which as e:
    print('variable matched', e)

print("-- empty tuple matches nothing")
try:
    try:
        raise ValueError('v')
    except ():
        print('never')
except ValueError:
    print('fell through empty tuple')

print("-- except with a non-class raises TypeError")
try:
    try:
        raise ValueError('v')
    except 'not a class':
        pass
except TypeError as e:
    print('TypeError:', e)

print("-- bare except catches everything")
try:
    raise SystemExit(5)
except:
    print('bare except caught SystemExit')
