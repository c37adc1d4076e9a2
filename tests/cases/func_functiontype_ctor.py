# constructing functions with types.FunctionType
import types
from types import FunctionType

def template(a, b=2):
    return a + b + z

print(FunctionType is types.FunctionType)
print(type(template) is FunctionType)
print(FunctionType.__name__)

print("-- new function from code and a globals dict")
g = {'z': 1000}
f = FunctionType(template.__code__, g)
print(f(1, 2))
print(f.__name__, f.__qualname__)
print('defaults are not copied:', f.__defaults__)
try:
    f(1)
except TypeError as e:
    print(e)
print(f.__globals__ is g)
g['z'] = 0
print(f(1, 2))
try:
    FunctionType(template.__code__, {})(1, 2)
except NameError as e:
    print('NameError:', e)

print("-- with name and argdefs")
f2 = FunctionType(template.__code__, g, 'custom', (50,))
print(f2.__name__, f2.__qualname__)
print(f2(1))
print(f2.__defaults__)

print("-- with closure")
def make(v):
    def inner():
        return v * 2
    return inner
inner = make(21)
cell = types.CellType('text')
f3 = FunctionType(inner.__code__, {}, 'f3', None, (cell,))
print(f3())
print(f3.__closure__[0].cell_contents)
print(f3.__closure__[0] is cell)
cell.cell_contents = [1]
print(f3())

print("-- code from compile")
code = compile("result = 6 * 7", "<gen>", "exec")
fn = FunctionType(code, {})
print(fn.__name__)
print(fn())
print(fn.__code__.co_filename)

print("-- module name from globals")
f4 = FunctionType(template.__code__, {'__name__': 'fake_mod', 'z': 0})
print(f4.__module__)
print(f.__module__)
