# Frames of the modules CPython writes in C (itertools, operator, heapq, ...) leave no traceback entries.
import itertools, operator, heapq, bisect
def bad(x):
    return 1 / x
try:
    list(itertools.starmap(bad, [(0,)]))
except ZeroDivisionError as e:
    import traceback
    traceback.print_exc()
class K:
    def __lt__(self, o): raise ValueError("no order")
h = []
heapq.heappush(h, K())
try:
    heapq.heappush(h, K())
except ValueError:
    traceback.print_exc()
def rec(n):
    return list(itertools.chain([rec(n + 1)]))
rec(0)
