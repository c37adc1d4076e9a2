# __annotations__ of functions (evaluated at def time)
def f(a: int, b: 'str' = 'x', *args: float, k: list = None, **kw: dict) -> bool:
    return True

print(f.__annotations__)
print(list(f.__annotations__))
print(f.__annotations__['return'])

def g(x, y):
    pass
print(g.__annotations__)
print(type(g.__annotations__).__name__)

print("-- expressions are evaluated")
size = 3
def h(v: size * 2, w: [1, 2] + [3]) -> 'ret' + 'urn':
    pass
print(h.__annotations__)

print("-- annotations are mutable and assignable")
g.__annotations__['x'] = 'X'
print(g.__annotations__)
g.__annotations__ = {'y': 1}
print(g.__annotations__)
del g.__annotations__
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)

print("-- lambda has no annotations")
print((lambda q: q).__annotations__)

print("-- posonly and kwonly annotations")
def p(a: 1, /, b: 2, *, c: 3):
    pass
print(sorted(p.__annotations__.items()))

print("-- local variable annotations do not create function annotations")
def loc():
    x: int = 5
    y: str
    return x
print(loc.__annotations__)
print(loc())
print(loc.__code__.co_varnames)

print("-- module-level variable annotations")
zz: int = 10
print(__annotations__)
