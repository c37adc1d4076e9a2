a = []
for i in range(100000):
    a = [a]
try:
    repr(a)
except RecursionError as e:
    print("RecursionError", e)
b = ()
for i in range(100000):
    b = (b,)
try:
    hash(b)
except RecursionError as e:
    print("RecursionError", e)
try:
    print(b == b)
except RecursionError as e:
    print("RecursionError", e)
c = []
for i in range(100000):
    c = [c]
d = []
for i in range(100000):
    d = [d]
try:
    print(c == d)
except RecursionError as e:
    print("RecursionError", e)
dd = {}
for i in range(100000):
    dd = {1: dd}
try:
    str(dd)
except RecursionError as e:
    print("RecursionError", e)
def f(): return f()
try:
    f()
except RecursionError as e:
    print("RecursionError", e)
import sys
sys.setrecursionlimit(100000)
def g(n): return 0 if n == 0 else 1 + g(n-1)
print(g(50000))
