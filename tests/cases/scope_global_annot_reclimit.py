import sys
def t():
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(e)
t()
def f(): t()
f()
def g(): f()
g()
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(5)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
xs = [t for _ in range(1)]
class C:
    def m(self):
        t()
C().m()
l = list(map(lambda _: t(), [1]))
global x
x: int = 1
print(x, __annotations__)
global y
y: str
print('y' in globals(), __annotations__)
def f():
    try:
        exec("def g():\n    global z\n    z: int = 1\n")
    except SyntaxError as e:
        print("SyntaxError:", e)
f()
try:
    exec("a: int = 1\nglobal a\n")
except SyntaxError as e:
    print("SyntaxError:", e)
import types
for c in (types.CellType(1), types.CellType()):
    try:
        print(hash(c))
    except TypeError as e:
        print("TypeError:", e)
print(types.CellType.__hash__)
