# A metaclass __prepare__ returning a dict subclass: the class body stores through its __setitem__.
class NS(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NS()
    def __new__(mcs, name, bases, ns):
        print(type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
class C(metaclass=Meta):
    x = 1
    def f(self): return __class__
    y = x + 1
print(C.x, C.y, C().f() is C, type(C.__dict__).__name__)
class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases): return 5
try:
    class D(metaclass=Bad): pass
except TypeError as e: print(e)
