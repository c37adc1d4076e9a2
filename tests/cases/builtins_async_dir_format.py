# dir() of a traceback, aiter/anext errors, format() of builtin subclasses, bytes() of
# a bytes subclass.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(dir(tb))

class A:
    pass
for f, args in [(aiter, (A(),)), (anext, (A(),)), (anext, (A(), 1)), (aiter, ()), (anext, ())]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, e)
print("aiter" in dir(__builtins__), "anext" in dir(__builtins__))

class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % self
class MyFloat(float):
    def __str__(self):
        return "MyFloat!"
class MyStr(str):
    def __str__(self):
        return "custom"
mi = MyInt(5)
print(f"{mi}", f"{mi:3}", format(mi), format(mi, "x"), str(mi))
print(f"{MyFloat(1.5)}", f"{MyFloat(1.5):.2f}", format(MyStr("s")), f"{MyStr('s'):>3}")

class B(bytes):
    pass
b = B(b"q")
print(bytes(b), type(bytes(b)).__name__, type(bytes.__bytes__(b)).__name__, bytes.__bytes__(b) is b)
class L(list):
    pass
l = L([1])
l += [2]
print(type(l).__name__, l)
