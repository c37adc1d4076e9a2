# Chained classmethod descriptors; the __classcell__ check after a metaclass builds the class.
class E:
    @classmethod
    @classmethod
    def cc(cls): return cls
    @classmethod
    @property
    def cp(cls): return "prop of " + cls.__name__
    @classmethod
    @staticmethod
    def cs(): return "static"
class F(E): pass
print(E.cc(), F.cc(), E().cc())
print(E.cp, F.cp)
print(E.cs())
class Meta(type):
    def __new__(m, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(m, name, bases, ns)
try:
    class X(metaclass=Meta):
        def f(self): return __class__
except Exception as e: print(type(e).__name__, e)
class Meta2(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns))
class Y(metaclass=Meta2):
    def f(self): return __class__
print(Y().f())
class Meta3(type):
    def __new__(m, name, bases, ns):
        return 42
class Z(metaclass=Meta3):
    def f(self): return __class__
print(Z)
class W:
    def f(self): return super().__repr__
print(W().f() is not None)
