# nested try statements and handler selection
def classify(thunk):
    try:
        try:
            thunk()
        except ValueError:
            return 'inner ValueError'
        except ZeroDivisionError:
            raise
    except ArithmeticError as e:
        return 'outer ArithmeticError: ' + type(e).__name__
    except Exception as e:
        return 'outer Exception: ' + type(e).__name__
    return 'no error'

print(classify(lambda: None))
print(classify(lambda: int('x')))
print(classify(lambda: 1 / 0))
print(classify(lambda: [][0]))
print(classify(lambda: 2.0 ** 10000))

print("-- first matching clause wins")
try:
    raise KeyError('k')
except LookupError:
    print('LookupError clause')
except KeyError:
    print('KeyError clause (unreachable)')

print("-- exception raised inside except clause goes outward")
def raise_in_handler():
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise TypeError('b')
        except TypeError:
            return 'same-level TypeError handler (not used)'
    except TypeError as e:
        return 'outer caught ' + repr(e)
print(raise_in_handler())

print("-- handler in caller")
def a():
    b()
def b():
    c()
def c():
    raise IndexError('deep')
try:
    a()
except IndexError as e:
    print('caught at top:', e)
