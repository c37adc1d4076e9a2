import sys

def depth(n):
    return depth(n + 1)

def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)

print(sys.getrecursionlimit())
print(count_down(500))
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError), RecursionError.__mro__)
# still usable after recovering
print(count_down(100))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names[:5], len(names) > 100)
sys.setrecursionlimit(50)
try:
    count_down(100)
except RecursionError as e:
    print("limit 50:", e)
print(sys.getrecursionlimit())
