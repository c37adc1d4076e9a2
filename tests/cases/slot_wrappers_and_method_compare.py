# Slot wrappers and method-wrappers (int.__add__, (1).__add__), and the comparison
# methods of builtin types and methods (list.__eq__, bound method equality and hashing).
import types
d = int.__add__
print(type(d), type(d).__name__, d.__name__, d.__qualname__, d.__objclass__)
print(d.__doc__, d.__text_signature__)
print(d(2, 3), d.__get__(4)(5), d.__get__(4, int))
m = (7).__add__
print(type(m).__name__, m.__name__, m.__self__, m(1), m.__doc__, m.__text_signature__)
print(m == (7).__add__, m == (8).__add__, hash(m) == hash((7).__add__))
print(isinstance(d, types.WrapperDescriptorType), isinstance(m, types.MethodWrapperType))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(str.__add__, types.MethodDescriptorType))
print(repr(dict.__getitem__), repr(list.__getitem__), repr(set.__contains__), repr(list.__contains__))
print(repr({}.__getitem__)[:40], repr([].__len__)[:40])
print(repr(object.__init__), repr(object.__str__), repr(object.__eq__), repr(type.__call__))
print(repr(str.__mul__), repr(list.__iadd__), repr(int.__pow__), repr(float.__round__), repr(int.__format__))
print(repr(True.__add__)[:36])
class A:
    pass
print(repr(A.__init__), repr(A().__init__)[:40], repr(A.__repr__))
print(type(A().__str__).__name__)
try:
    int.__add__("a", 1)
except TypeError as e:
    print(e)
try:
    d()
except TypeError as e:
    print(e)
try:
    m(1, 2)
except TypeError as e:
    print(e)
print(callable(d), callable(m))
print(sorted([x for x in dir(d) if not x.startswith("__i")]))
l = [1]
print(l.append == l.append, l.append == [].append, hash(l.append) == hash(l.append))
print(l.__len__ == l.__len__, (7).__add__ == (7).__add__, (7).__add__ != (7).__add__)
print(l.append.__eq__(l.append), l.append.__ne__(l.append), l.__len__.__eq__(l.__len__))
x = 10**20
print(x.__add__ == x.__add__, x.__add__ == (10**20).__add__)
class A:
    def m(self): pass
a = A()
print(a.m.__eq__(a.m), a.m == a.m, a.m != a.m, a.m.__ne__(a.m))
s = "abc"
print(s.upper == s.upper, s.__add__ == s.__add__)
print([1].__eq__((1,)), [1].__lt__([2]), (1j).__lt__(1j), {1}.__le__(frozenset({1, 2})))
print({}.keys().__eq__({}.keys()), {}.keys().__eq__(set()), b'a'.__eq__(bytearray(b'a')), bytearray(b'a').__eq__(b'a'))
print((1, 2).__ge__((1, 2)), range(3).__eq__(range(0, 3)), slice(1).__ne__(slice(1)), {1: 2}.__eq__({1: 2}))
print(list.__eq__, tuple.__lt__, type((1).__add__).__eq__)
class H:
    def __hash__(self):
        raise RuntimeError("not hashed")
    def m(self):
        pass
h = H()
print(hash(h.m) == hash(h.m), h.m == h.m, h.m == H().m)
for t in [complex, bytes, list, dict, set, range, slice, type({}.keys()), type({}.items()), types.MethodType,
          types.BuiltinFunctionType, type((1).__add__), types.CodeType, types.CellType]:
    print(t.__name__, [n for n in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__') if n in t.__dict__])
