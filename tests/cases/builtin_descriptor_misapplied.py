# Builtin descriptors used on objects of other types: __get__ checks, slots holding
# builtin methods of unrelated types, and the messages CPython gives for each.
tests = [lambda: str.upper(5), lambda: int.__add__("a", 1), lambda: list.append((), 1), lambda: dict.__dict__["fromkeys"].__get__(None, int),
         lambda: str.__dict__['upper'].__get__(5), lambda: str.__dict__['upper'].__get__(5, int), lambda: int.__add__.__get__("a"),
         lambda: dict.__dict__['fromkeys'].__get__(None, int)([1]), lambda: dict.__dict__['fromkeys'](int, [1]),
         lambda: type(lambda: 0).__dict__['__name__'].__get__(5), lambda: list.__len__(()), lambda: str.__len__(5),
         lambda: object.__init__(5), lambda: str.join(b"", []), lambda: list.__getitem__((), 0)]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
class B:
    __repr__ = str.upper
    up = str.upper
    ln = list.__len__
for f in [lambda: repr(B()), lambda: B().up(), lambda: B().ln(), lambda: B.up(B())]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class A:
    __str__ = object.__repr__
    __len__ = list.__len__
print(str(A())[:10])
try:
    len(A())
except TypeError as e:
    print(e)
class D:
    __repr__ = int.__repr__
try:
    repr(D())
except TypeError as e:
    print(e)
class E(Exception):
    __str__ = Exception.__str__
print(str(E("x")))
class F:
    __format__ = object.__format__
print(format(F(), "")[:10])
