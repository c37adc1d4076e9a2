# Hashing and __eq__: a class defining __eq__ without __hash__ gets __hash__ = None
# (also when overriding an inherited __hash__); __hash__ = object.__hash__ restores
# identity hashing; super().__hash__() inside __hash__ does not recurse.

class A:
    def __eq__(self, o):
        return True
print(A.__hash__, "__hash__" in A.__dict__)
try:
    hash(A())
except TypeError as e:
    print("TypeError:", e)

class B:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7
class C(B):
    def __eq__(self, o):
        return False
class C2(B):
    pass
print(hash(B()), C.__hash__, hash(C2()))
try:
    hash(C())
except TypeError as e:
    print("TypeError:", e)

class D:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
d = D()
print(hash(d) == hash(d), hash(d) is not None, len({D(), D()}))

class P:
    def __eq__(self, other):
        return self is other
    def __hash__(self):
        return super().__hash__()
p = P()
print(len({P(), P()}), hash(p) == object.__hash__(p))

class Q:
    def __hash__(self):
        return object.__hash__(self) + 1
q = Q()
print(hash(q) == object.__hash__(q) + 1)

class E(Exception):
    def __eq__(self, o):
        return False
print(E.__hash__)
try:
    {E()}
except TypeError as e:
    print("TypeError:", e)

# Unhashable builtins: cells compare by contents.
import types
try:
    hash(types.CellType(1))
except TypeError as e:
    print("TypeError:", e)

# Bound methods compare and hash by (self, function).
class M:
    def m(self):
        pass
a = M()
print(a.m.__eq__(a.m), a.m == a.m, a.m.__eq__(1), a.m.__ne__(a.m), hash(a.m) == hash(a.m))
print(M().m == M().m)
