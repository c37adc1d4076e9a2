# the few imports used in this milestone: sys, types, dis
import sys
import types
from types import FunctionType, CodeType
import dis

print(type(sys).__name__, sys.__name__, types.__name__)
print(FunctionType is types.FunctionType, CodeType is types.CodeType)
print(callable(dis.dis))
print(sys.version_info >= (3, 11), sys.version_info[:2] >= (3, 0), sys.version_info.major >= 3)
print(type(sys.version_info[0]).__name__)
print(sys.maxsize > 2 ** 31, sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1)
print(isinstance(sys.argv, list), sys.argv[0].endswith('builtin_imports.py'))
print('sys' in sys.modules, '__main__' in sys.modules, 'builtins' in sys.modules)
print(sys.modules['sys'] is sys)
print("-- import inside a function is local")
def local_import():
    import types as t
    return t.FunctionType.__name__, 't' in dir()
print(local_import())
print('t' in globals())
print("-- import as")
import sys as system
print(system is sys)
from sys import getrecursionlimit as grl
print(grl() == sys.getrecursionlimit())
print("-- importing a missing module")
try:
    import surely_not_a_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
    print(e)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__)
