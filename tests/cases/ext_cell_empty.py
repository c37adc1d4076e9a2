def make():
    def reader():
        return late
    cells_before = reader.__closure__
    try:
        print(cells_before[0].cell_contents)
    except ValueError as e:
        print(type(e).__name__, e)
    late = "now set"
    print(cells_before[0].cell_contents)
    return reader

r = make()
print(r(), repr(r.__closure__[0]).startswith("<cell at 0x"), type(r.__closure__[0]).__name__)
c = r.__closure__[0]
c.cell_contents = "changed"
print(r())
del c.cell_contents
try:
    r()
except NameError as e:
    print(type(e).__name__, e)
import types
nc = types.CellType(5)
print(nc.cell_contents, types.CellType().__class__.__name__)
try:
    types.CellType().cell_contents
except ValueError as e:
    print(type(e).__name__, e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__closure__[0] == get.__closure__[0])
print(counter.__code__.co_cellvars, inc.__code__.co_freevars)
