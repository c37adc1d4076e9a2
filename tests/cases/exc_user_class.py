# user-defined exception classes in the simplest form
class MyError(Exception):
    pass

class SubError(MyError):
    pass

print(MyError.__name__, MyError.__bases__, SubError.__bases__)
print(issubclass(SubError, MyError), issubclass(SubError, Exception), issubclass(MyError, SubError))
print(repr(MyError('m')), str(MyError('m')))
print(repr(SubError()), repr(SubError(1, 2)))
print(MyError('x').args)
print(MyError.__qualname__, MyError.__module__)

def risky(n):
    if n == 1:
        raise MyError('one')
    if n == 2:
        raise SubError('two', 2)
    return 'fine'

for n in range(3):
    try:
        print(risky(n))
    except SubError as e:
        print('SubError', e.args)
    except MyError as e:
        print('MyError', e)

print("-- catching the base catches the subclass")
try:
    risky(2)
except MyError as e:
    print(type(e).__name__, isinstance(e, MyError))

print("-- chaining with user exceptions")
try:
    try:
        risky(1)
    except MyError as e:
        raise SubError('wrapped') from e
except SubError as e:
    print(repr(e), '<-', repr(e.__cause__))

print("-- class repr")
print(MyError)
print(repr(SubError).replace('__main__.', 'main.'))
