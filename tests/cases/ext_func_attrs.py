def greet(name, greeting="Hello", *, punct="!"):
    """Return a greeting."""
    return f"{greeting}, {name}{punct}"

print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__defaults__, greet.__kwdefaults__, greet.__annotations__, greet.__dict__)
greet.__defaults__ = ("Hi",)
greet.__kwdefaults__ = {"punct": "?"}
print(greet("Ann"))
greet.__defaults__ = None
try:
    greet("Ann")
except TypeError as e:
    print(type(e).__name__, e)
greet.__defaults__ = ("Yo",)
greet.__kwdefaults__ = None
try:
    greet("Ann")
except TypeError as e:
    print(type(e).__name__, e)
greet.__kwdefaults__ = {"punct": "."}
greet.__name__ = "renamed"
greet.__qualname__ = "Some.renamed"
greet.custom = {"tag": 1}
print(greet("Bo"), greet.__name__, greet.__qualname__, greet.__dict__, repr(greet).split(" at ")[0])
try:
    greet.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    greet.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated.__annotations__)
def noop(): pass
print(noop.__doc__, noop.__defaults__, noop.__kwdefaults__, noop.__closure__, noop())
print(sorted(set(dir(noop)) & {"__call__", "__code__", "__get__", "__name__"}))
def swap_code():
    return "original"
def other():
    return "other"
swap_code.__code__ = other.__code__
print(swap_code(), swap_code.__name__, swap_code.__code__.co_name)
del greet.custom
print(hasattr(greet, "custom"), greet.__dict__)
