import types
import sys

def f(a, b=2):
    return a + b

print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType, type(f.__code__) is types.CodeType)
print(isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType), type(sys).__name__)
class C:
    def m(self):
        return 1
print(isinstance(C().m, types.MethodType), isinstance(sys._getframe(), types.FrameType))
try:
    1 / 0
except ZeroDivisionError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
g = types.FunctionType(f.__code__, {"__builtins__": __builtins__}, "g", (10,))
print(g(1), g.__name__, g.__defaults__, g.__globals__ is globals())
ns = types.SimpleNamespace(x=1, y="two")
ns.z = [3]
print(ns, ns.x, vars(ns), ns == types.SimpleNamespace(x=1, y="two", z=[3]))
print(types.NoneType if hasattr(types, "NoneType") else "-", type(None) is types.NoneType)
m = types.ModuleType("fake", "doc here")
m.attr = 5
print(m.__name__, m.__doc__, m.attr, repr(m))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(types.CellType, type(f.__code__).__name__)
