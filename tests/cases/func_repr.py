# repr/str of function objects (addresses normalised to 0x?)
def f():
    pass

def outer():
    def inner():
        pass
    return inner

print(repr(f))
print(str(f))
print(f)
print(repr(outer()))
print(repr(lambda: 1))
print([f])
print({'k': f})
print(repr(len))
print(repr(print))
print(repr(outer().__code__))
print(repr(f.__code__))
print("-- repr uses __qualname__")
f.__qualname__ = 'renamed.qual'
print(repr(f))
f.__name__ = 'only_name'
print(repr(f))
print("-- str of type")
print(type(f))
print(type(len))
print(type(f.__code__))
print("-- repr starts with")
print(repr(outer()).startswith('<function outer.<locals>.inner at 0x'))
