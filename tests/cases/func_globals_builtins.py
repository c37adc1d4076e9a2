# __globals__ and __builtins__ of functions
import sys

def f():
    return 1

def outer():
    def inner():
        pass
    return inner

print("-- __globals__")
print(f.__globals__ is globals())
print(outer().__globals__ is globals())
print((lambda: 0).__globals__ is globals())
print(f.__globals__['__name__'])
print('f' in f.__globals__)
print(f.__globals__['f'] is f)
print(type(f.__globals__).__name__)

print("-- __builtins__")
b = f.__builtins__
print(type(b).__name__)
print(b['len'] is len)
print(b['print'] is print)
print('ZeroDivisionError' in b)
print(b is __builtins__.__dict__)
print(type(__builtins__).__name__)

print("-- modifying globals through __globals__")
def read_x():
    return x
f.__globals__['x'] = 'set via __globals__'
print(read_x())
print(x)

print("-- functions defined by exec have the exec globals")
ns = {}
exec("def g():\n    return y\n", ns)
print(ns['g'].__globals__ is ns)
ns['y'] = 'from ns'
print(ns['g']())
print('__builtins__' in ns)
print(ns['g'].__builtins__['len'] is len)

print("-- function sees builtins even if globals lack __builtins__ key at call")
ns2 = {'__builtins__': {'len': lambda s: 'fake len'}}
exec("def h(s):\n    return len(s)\n", ns2)
print(ns2['h']('abc'))

print("-- module object")
print(sys.modules['__main__'].__dict__ is globals())
print(sys.modules[f.__module__].f is f)
