# type of functions, lambdas, builtins, code objects
import types

def f():
    pass

print(type(f))
print(type(f).__name__)
print(type(lambda: 0).__name__)
print(type(f) is type(lambda: 0))
print(type(f) is types.FunctionType)
print(types.LambdaType is types.FunctionType)
print(type(len).__name__)
print(type(len) is types.BuiltinFunctionType)
print(type(f.__code__).__name__)
print(type(f.__code__) is types.CodeType)
print(isinstance(f, types.FunctionType))
print(isinstance(len, types.FunctionType))
print(callable(f), callable(len), callable(f.__code__))
print(type(f.__globals__).__name__)
print(type(None).__name__)
print(type(f()).__name__)

print("-- closures and cells")
def outer():
    x = 0
    def inner():
        return x
    return inner
c = outer().__closure__
print(type(c).__name__)
print(type(c[0]).__name__)
print(type(c[0]) is types.CellType)
print(f.__closure__)

print("-- type of types")
print(type(type(f)).__name__)
print(type(int).__name__)
print(type(ValueError).__name__)
