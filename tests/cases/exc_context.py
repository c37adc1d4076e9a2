# implicit exception chaining through __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('while handling')
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__)
    print(e.__suppress_context__)
    print(e.__context__.__context__)

print("-- context set in finally")
try:
    try:
        raise KeyError('first')
    finally:
        raise TypeError('second')
except TypeError as e:
    print(repr(e.__context__))

print("-- three-level chain")
def level3():
    try:
        raise IndexError('i')
    except IndexError:
        try:
            raise KeyError('k')
        except KeyError:
            raise RuntimeError('r')
try:
    level3()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)

print("-- no context when raised outside a handler")
try:
    raise ValueError('plain')
except ValueError as e:
    print(e.__context__)

print("-- context is the exception being handled, even across calls")
def raiser():
    raise LookupError('from raiser')
try:
    try:
        {}['x']
    except KeyError:
        raiser()
except LookupError as e:
    print(repr(e), '<-', repr(e.__context__))

print("-- re-raising the same exception does not chain to itself")
try:
    try:
        raise ValueError('same')
    except ValueError as e:
        raise e
except ValueError as e:
    print(e.__context__)

print("-- context is settable")
e = ValueError('v')
e.__context__ = KeyError('manual')
print(repr(e.__context__))
try:
    e.__context__ = 'not an exception'
except TypeError as err:
    print('TypeError:', err)
