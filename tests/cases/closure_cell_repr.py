# repr of cells (addresses normalised)
import types

def outer():
    n = 5
    s = 'str'
    lst = [1]
    def f():
        return n, s, lst
    return f

for cell in outer().__closure__:
    print(repr(cell))
print(repr(types.CellType()))
print(repr(types.CellType(None)))
print(repr(types.CellType(types.CellType(1))))
print(outer().__closure__)
print(str(types.CellType(True)))
