# the 'as' name is deleted at the end of the except block
try:
    raise ValueError('v')
except ValueError as e:
    print('inside:', e)
try:
    e
except NameError as err:
    print('NameError:', err)

print("-- previous binding is also removed")
e = 'previous value'
try:
    raise KeyError('k')
except KeyError as e:
    pass
print('e' in globals())

print("-- in a function: UnboundLocalError afterwards")
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        return 'UnboundLocalError: ' + str(err) + ' | saved=' + repr(saved)
print(f())

print("-- the name is deleted even on return from the handler")
def g():
    try:
        raise ValueError('x')
    except ValueError as err:
        return repr(err)
print(g())

print("-- keeping the exception by assigning to another name")
try:
    raise IndexError('keep me')
except IndexError as tmp:
    kept = tmp
print(repr(kept))
print(g.__code__.co_varnames)
