# staticmethod and classmethod objects: the attributes copied from the wrapped
# callable, __wrapped__/__func__, __get__, __isabstractmethod__, calling.

def f(x):
    "f doc"
    return x

sm = staticmethod(f)
cm = classmethod(f)
for name in ("__name__", "__qualname__", "__doc__", "__module__", "__isabstractmethod__"):
    print(name, getattr(sm, name), getattr(cm, name))
print(sm.__wrapped__ is f, sm.__func__ is f, cm.__wrapped__ is f, cm.__func__ is f)
print(sorted(sm.__dict__))
sm.extra = 1
print(sm.extra, sm.__dict__["extra"])
print(staticmethod(5).__dict__.keys())
print(sm.__get__(1) is f, sm.__get__(None, int) is f)
print(cm.__get__(1)(), cm.__get__(None, str)())
try:
    cm.__get__(None, None)
except TypeError as e:
    print(e)
try:
    f.__get__(None, None)
except TypeError as e:
    print(e)
print(f.__get__(None, int) is f, f.__get__(3)())
print(sm(7))
try:
    cm(7)
except TypeError as e:
    print(e)
try:
    staticmethod()
except TypeError as e:
    print(e)
try:
    classmethod(f, x=1)
except TypeError as e:
    print(e)
g = lambda: 0
g.__isabstractmethod__ = True
print(staticmethod(g).__isabstractmethod__, classmethod(g).__isabstractmethod__)
print(staticmethod.__doc__.splitlines()[0], classmethod.__doc__.splitlines()[0])

# classmethod chains to a wrapped descriptor's __get__.
class C:
    @classmethod
    @property
    def name(cls):
        return "class " + cls.__name__
print(C.name, C().name)

# A builtin class method descriptor called straight from the dict needs the class.
fb = int.__dict__["from_bytes"]
print(fb(int, b"\x01\x00", "big"))
for bad in ["fb(b'\\x01', 'big')", "fb()", "fb(str, b'\\x01', 'big')"]:
    try:
        eval(bad)
    except TypeError as e:
        print(e)
