# `import` calls the frame's builtins.__import__: a replacement sees every import; a
# restricted __builtins__ without it cannot import.
import builtins
orig = builtins.__import__
seen = []
def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level, type(globals).__name__, locals is None))
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = my_import
import math
from math import sqrt, pi
def f():
    import sys
    return sys.maxsize > 0
print(f())
builtins.__import__ = orig
for s in seen:
    print(s)
try:
    exec("import math", {"__builtins__": {"print": print}})
except ImportError as e:
    print(type(e).__name__, e)
exec("import math; print(math.pi)", {"__builtins__": {"print": print, "__import__": orig}})
