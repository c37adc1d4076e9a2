class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.registry = getattr(cls, "registry", []) + [name]
    def describe(cls):
        return f"<class {cls.__name__} via {type(cls).__name__}>"
class Base(metaclass=Meta):
    pass
class Child(Base):
    pass
print(Base.created_by, Child.registry, Base.describe(), type(Base).__name__, type(Child) is Meta, isinstance(Base, type))
print(Meta.__mro__, Base.__class__, Child.__class__.__name__)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("preparing", name)
        return {"injected": 42}
class P(metaclass=Prep):
    x = injected + 1
print(P.x, P.injected)
class Interface(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
class Duck(metaclass=Interface):
    pass
class Mallard:
    def quack(self):
        pass
print(isinstance(Mallard(), Duck), isinstance(1, Duck))
class AutoRepr(type):
    def __repr__(cls):
        return f"<AutoRepr {cls.__name__}>"
class R(metaclass=AutoRepr):
    pass
print(repr(R), R)
def make_class():
    return Meta("Dynamic", (), {"a": 1})
D = make_class()
print(D.a, D.created_by, type(D).__name__)
X = type("X", (object,), {"val": 5, "get": lambda self: self.val})
print(X().get(), X.__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class C(A1, A2): pass
except TypeError as e:
    print(e)
class Counter(type):
    count = 0
    def __call__(cls, *a):
        Counter.count += 1
        return super().__call__(*a)
class Thing(metaclass=Counter):
    pass
Thing(); Thing()
print(Counter.count)
class Validating(type):
    def __new__(mcls, name, bases, ns):
        for k, v in ns.items():
            if k.startswith("test_") and not callable(v):
                raise TypeError(f"{k} must be callable")
        return super().__new__(mcls, name, bases, ns)
try:
    class Bad(metaclass=Validating):
        test_x = 1
except TypeError as e:
    print(e)
class WithProp(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Z(metaclass=WithProp):
    pass
print(Z.upper_name)
try:
    Z().upper_name
except AttributeError as e:
    print(e)
print(type(type), type.__class__, Meta.__class__)
