class A:
    def __repr__(self): return repr(self)
try:
    repr(A())
except RecursionError as e:
    print("RecursionError", e)
class B:
    def __eq__(self, o): return self == o
try:
    B() == B()
except RecursionError as e:
    print("RecursionError", e)
def f(x): return f(x)
try:
    list(map(f, [1]))
except RecursionError as e:
    print("RecursionError", e)
# (Recursion through sorted(key=...) is left out: which check trips first, and so the
# message, depends on how the interpreter counts C-level calls.)
t = int
for i in range(10000): t = (t,)
try:
    isinstance(1, t)
except RecursionError as e:
    print("RecursionError", e)
