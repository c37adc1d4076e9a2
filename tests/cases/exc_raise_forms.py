# raising classes vs instances, and invalid raises
try:
    raise ValueError
except ValueError as e:
    print('class raised ->', repr(e), e.args)

try:
    raise ValueError()
except ValueError as e:
    print('instance raised ->', repr(e))

print("-- raising non-exceptions")
for label, thing in [('1', 1), ("'string'", 'string'), ('None', None), ('[ValueError]', [ValueError]), ('int', int), ('type', type)]:
    try:
        raise thing
    except TypeError as e:
        print(label, '->', e)

print("-- raising the class from a variable")
cls = KeyError
try:
    raise cls('k')
except KeyError as e:
    print(repr(e))

print("-- raising an exception stored earlier")
saved = IndexError('saved')
for _ in range(2):
    try:
        raise saved
    except IndexError as e:
        print(e is saved)

print("-- raise inside expression via helper")
def throw(exc):
    raise exc
value = 5
try:
    result = value if value < 0 else throw(OverflowError('too big'))
except OverflowError as e:
    print('OverflowError:', e)
