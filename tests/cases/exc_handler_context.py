# exceptions raised while handling other exceptions
def convert(s):
    try:
        return int(s)
    except ValueError:
        return float(s)

print(convert('5'))
print(convert('2.5'))
try:
    convert('abc')
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))

print("-- a handler calling a failing function")
def log_failure():
    raise IOError('log unavailable')
try:
    try:
        {}['key']
    except KeyError:
        log_failure()
except OSError as e:
    print(type(e).__name__, e, '| context', repr(e.__context__))

print("-- handled inner exception does not become context of later one")
try:
    try:
        raise ValueError('handled')
    except ValueError:
        pass
    raise TypeError('later')
except TypeError as e:
    print(e.__context__)

print("-- context chain is not cyclic")
try:
    try:
        raise ValueError('a')
    except ValueError as a:
        try:
            raise TypeError('b')
        except TypeError as b:
            raise a
except ValueError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
