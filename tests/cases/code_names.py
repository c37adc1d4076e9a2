# co_names: globals, builtins and attribute names used by the code
import sys

def f(x):
    return len(x) + GLOBAL_CONST + x.count(1) + sys.maxsize

print(f.__code__.co_names)

def g():
    global counter
    counter = 1
    del counter
    return 0
print(g.__code__.co_names)

def h(obj):
    obj.attr = 1
    return obj.other.deep
print(h.__code__.co_names)

def only_locals(a):
    b = a
    return b
print(only_locals.__code__.co_names)

def imports():
    import sys
    from types import FunctionType
    return sys, FunctionType
print(imports.__code__.co_names)
print(imports.__code__.co_varnames)

def calls():
    print(repr(str(1)))
print(calls.__code__.co_names)

print("-- free variables are not names")
def outer():
    v = 1
    def inner():
        return v + w
    return inner
print(outer().__code__.co_names)
print(outer().__code__.co_freevars)

print("-- module code names")
code = compile("a = b + c.d\nprint(a)", "<m>", "exec")
print(code.co_names)
print(code.co_varnames)
