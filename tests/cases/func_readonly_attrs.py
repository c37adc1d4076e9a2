# read-only function attributes
def outer():
    v = 1
    def inner():
        return v
    return inner

f = outer()

print("-- __globals__")
try:
    f.__globals__ = {}
except AttributeError as e:
    print('AttributeError:', e)
try:
    del f.__globals__
except AttributeError as e:
    print('AttributeError:', e)

print("-- __closure__")
try:
    f.__closure__ = None
except AttributeError as e:
    print('AttributeError:', e)
try:
    del f.__closure__
except AttributeError as e:
    print('AttributeError:', e)

print("-- __builtins__")
try:
    f.__builtins__ = {}
except AttributeError as e:
    print('AttributeError:', e)

print("-- __code__ cannot be deleted or set to non-code")
try:
    del f.__code__
except TypeError as e:
    print('TypeError:', e)
try:
    f.__code__ = 'nope'
except TypeError as e:
    print('TypeError:', e)

print("-- code object attributes are read-only")
try:
    f.__code__.co_name = 'x'
except AttributeError as e:
    print('AttributeError:', e)
try:
    f.__code__.co_argcount = 3
except AttributeError as e:
    print('AttributeError:', e)

print("-- cell contents still writable")
f.__closure__[0].cell_contents = 42
print(f())

print("-- builtin function attributes")
try:
    len.__name__ = 'size'
except AttributeError as e:
    print('AttributeError:', e)
try:
    len.custom = 1
except AttributeError as e:
    print('AttributeError:', e)
