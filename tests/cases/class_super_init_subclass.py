class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    x = 10
    def __init__(self, v): self.v = v
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def __init__(self, v):
        super().__init__(v * 2)
    def g(self):
        return super().x, super().s(), super(B, self).f()
class C(B):
    def f(self): return "C.f>" + super().f()
b = B(3); print(b.v, b.f(), B.c(), b.g(), C(1).f(), C.c())
print(super(B, b), super(B))
print(super(B, b).__thisclass__, super(B, b).__self__ is b, super(B, b).__self_class__)
try: super(B, 5)
except TypeError as e: print(e)
try: super(5, b)
except TypeError as e: print(e)
def outside(): return super()
try: outside()
except RuntimeError as e: print(e)
try:
    super(B, b).nope
except AttributeError as e: print(e)
class D(A):
    def f(self):
        def inner(): return self
        return super().f()
print(D(1).f())
class E(Exception):
    def __init__(self, msg):
        super().__init__("E:" + msg)
print(E("x"), repr(E("y")))
class L:
    def __init__(self): self.items = []
class M(L):
    def __init__(self):
        super().__init__(); self.items.append(1)
print(M().items)
class Base:
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__, kw)
class Sub(Base, flag=1): pass
class Reg:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        Reg.registry.append((cls.__name__, tag))
class R1(Reg, tag="one"): pass
class R2(R1): pass
print(Reg.registry)
try:
    class Bad(Reg, nope=1): pass
except TypeError as e: print(e)
try:
    class Bad2(object, x=1): pass
except TypeError as e: print(e)
class Desc:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name); self.name = name
    def __get__(self, obj, typ=None): return self.name if obj else self
class Holder:
    a = Desc()
    b = Desc()
print(Holder().a, Holder.b.name)
class CG:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(CG[int])
T = type('T', (Reg,), {}, tag="dyn")
print(Reg.registry[-1])
