# raising the recursion limit allows deep recursion
import sys

sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(50000))

def sum_to(n):
    return n if n == 0 else n + sum_to(n - 1)
print(sum_to(30000))

def count_frames():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n

def nested(n):
    if n == 0:
        return count_frames()
    return nested(n - 1)
print(nested(20000))

def mutual_a(n):
    return n if n == 0 else mutual_b(n - 1)
def mutual_b(n):
    return n if n == 0 else mutual_a(n - 1)
print(mutual_a(40000))
