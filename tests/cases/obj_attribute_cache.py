class A:
    x = "class"
    def __init__(self): self.y = 1
a = A()
def read(o): return o.x
print(read(a)); a.x = "inst"; print(read(a)); del a.x; print(read(a))
A.x = "changed"; print(read(a))
class P:
    @property
    def x(self): return "prop"
print(read(P()))
b = A(); b.__dict__["x"] = "dict"; print(read(b))
class G:
    def __getattribute__(self, n): return "ga"
print(read(G()))
for i in range(3):
    o = A() if i % 2 else P()
    print(read(o))
def write(o, v): o.z = v
c = A(); write(c, 1); write(c, 2); print(c.z)
class S:
    def __setattr__(self, n, v): print("setattr", n, v)
write(S(), 5)
class D:
    z = property(lambda s: 1, lambda s, v: print("prop set", v))
write(D(), 7)
d = A(); write(d, 1); D.__init__ = None; write(d, 9); print(d.z)
class Sl:
    __slots__ = ("z",)
s = Sl(); write(s, 3); print(s.z)
