# writing __name__, __qualname__, __doc__, __module__
def f():
    "original"
    return 1

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
f.__name__ = 'renamed'
f.__qualname__ = 'Some.renamed'
f.__doc__ = 'new doc'
f.__module__ = 'elsewhere'
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__code__.co_name, f.__code__.co_qualname)
print(f)

print("-- errors for wrong types")
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
try:
    del f.__name__
except TypeError as e:
    print(e)
try:
    del f.__qualname__
except TypeError as e:
    print(e)

print("-- doc and module can be anything")
f.__doc__ = 123
print(f.__doc__)
del f.__doc__
print(f.__doc__)
f.__module__ = None
print(f.__module__)

print("-- call errors use the function's __qualname__")
def g(a):
    pass
g.__qualname__ = 'changed_qual'
g.__name__ = 'changed_name'
try:
    g()
except TypeError as e:
    print(e)
