# Metaclasses: class Meta(type) with __new__/__init__/__prepare__/__call__, special
# methods and attributes of classes coming from their metaclass, metaclass conflicts,
# singletons and registries, __instancecheck__.

def t(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted([k for k in ns if not k.startswith('__')]), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2, 3])
    def __getitem__(cls, k):
        return ("item", k)
    def __contains__(cls, x):
        return x == "in"
    def hello(cls):
        return "hello " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__

class A(metaclass=Meta, flag=1):
    def __init__(self, x):
        self.x = x
    def m(self):
        return self.x

print(type(A), A, A.registered, A.injected)
a = A(5)
print(a.m(), type(a).__name__)
print(len(A), list(A), A[3], "in" in A, "out" in A, A.hello(), A.prop)
t("a.hello", lambda: a.hello)
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type), type(Meta))
class B(A):
    pass
print(type(B), B.registered, B(7).m())
print(Meta.__mro__, Meta.__base__)
t("Meta(5)", lambda: Meta(5))
Dyn = Meta("Dyn", (), {"z": 1})
print(Dyn, Dyn.z)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class Base(metaclass=Registry): pass
class Child(Base): pass
print(Registry.classes)

class AttrMeta(type):
    def __getattr__(cls, name):
        return "meta getattr " + name
    def __setattr__(cls, name, value):
        print("meta setattr", name, value)
        super().__setattr__(name, value)
class C(metaclass=AttrMeta):
    real = 1
print(C.real, C.missing)
C.y = 2
print(C.y)

class EqMeta(type):
    def __eq__(cls, other):
        return True
    def __hash__(cls):
        return 1
class D(metaclass=EqMeta): pass
print(D == 5, hash(D))

class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
t("conflict", lambda: type("X3", (X1, X2), {}))
t("conflict stmt", lambda: exec("class X4(X1, X2): pass"))
class M3(M1): pass
class X5(X1, metaclass=M3): pass
print(type(X5))
t("slots meta", lambda: type("MS", (type,), {"__slots__": ("a",)}))
t("type.__init__", lambda: type.__init__(A, 1, 2))
t("type.__init__ kw", lambda: type.__init__(A, 5, a=1))

class Abstract(type):
    def __instancecheck__(cls, obj):
        return obj == "special"
class Z(metaclass=Abstract): pass
print(isinstance("special", Z), isinstance(3, Z))
print(str(A), f"{A}")
