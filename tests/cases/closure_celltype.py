# types.CellType constructor and cell behaviour
import types

c0 = types.CellType()
try:
    c0.cell_contents
except ValueError as e:
    print('empty:', e)
c5 = types.CellType(5)
print(c5.cell_contents)
c5.cell_contents += 1
print(c5.cell_contents)

print("-- type")
print(type(c5).__name__)
print(types.CellType.__name__)
print(isinstance(c5, types.CellType))

print("-- cells hold any object, including None")
cn = types.CellType(None)
print(cn.cell_contents)
cl = types.CellType([1, 2])
cl.cell_contents.append(3)
print(cl.cell_contents)

print("-- comparisons compare contents")
print(types.CellType(1) == types.CellType(1))
print(types.CellType(1) == types.CellType(2))
print(types.CellType(1) < types.CellType(2))
print(types.CellType() == types.CellType())
print(types.CellType() < types.CellType(0))

print("-- cells in a closure tuple built by hand")
def make():
    a = b = None
    def f():
        return a, b
    return f
f = make()
g = types.FunctionType(f.__code__, {}, 'g', None, (types.CellType('A'), types.CellType('B')))
print(g())

print("-- errors")
try:
    types.CellType(1, 2)
except TypeError as e:
    print('TypeError:', e)
