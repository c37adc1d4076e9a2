# object.__new__/object.__init__ excess-argument rules, builtin types' __new__ with
# CPython's "is not a subtype" / "is not safe" checks, and instances of object having
# no attribute dict.

def t(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Base:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
class Child(Base):
    def __init__(self, name, **kwargs):
        self.name = name
        super().__init__(**kwargs)
t("leftover kwargs", lambda: Child(name="x", typo_argument=1))
t("no leftovers", lambda: Child(name="x").name)

class Plain:
    pass
class WithInit:
    def __init__(self, *a):
        self.a = a
class WithNew:
    def __new__(cls, *a):
        return super().__new__(cls)
class NewPassesArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
class Both:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__(*a)
t("Plain(1)", lambda: Plain(1))
t("Plain(x=1)", lambda: Plain(x=1))
t("object.__new__(Plain, 1)", lambda: object.__new__(Plain, 1))
t("object.__new__(WithInit, 1)", lambda: type(object.__new__(WithInit, 1)).__name__)
t("WithInit(1, 2).a", lambda: WithInit(1, 2).a)
t("WithNew(1)", lambda: type(WithNew(1)).__name__)
t("NewPassesArgs(1)", lambda: NewPassesArgs(1))
t("Both(1)", lambda: Both(1))
t("object.__init__(Plain(), 1)", lambda: object.__init__(Plain(), 1))
t("object.__init__(WithNew(), 1)", lambda: object.__init__(WithNew(), 1))
t("object(1)", lambda: object(1))
t("object.__new__(object)", lambda: type(object.__new__(object)).__name__)

for expr in ["list.__new__(list, [1, 2])", "str.__new__(str, 5)", "tuple.__new__(tuple, [1])",
             "int.__new__(int, '12')", "dict.__new__(dict, a=1)", "int.__new__(list)",
             "object.__new__(int)", "object.__new__(ValueError)", "object.__new__(type)",
             "type.__new__(type)", "type.__new__(type, 'X')", "type.__new__(type, 'X', (), {}).__name__",
             "int.__new__(bool)", "int.__new__(5)", "int.__new__()", "BaseException.__new__(KeyError, 1).args",
             "ValueError.__new__(ValueError, 'a', 'b').args", "Exception.__new__(Plain)",
             "object.__new__(WithNew).__class__.__name__", "float.__new__(float, '2.5')",
             "ValueError.__new__ is BaseException.__new__", "KeyError.__new__ is BaseException.__new__",
             "'__new__' in ValueError.__dict__", "'__new__' in KeyError.__dict__", "int.__new__"]:
    t(expr, lambda: eval(expr))

class E(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
print(E("n").args, E("a", 2).args)
class E2(ValueError):
    def __new__(cls, *args):
        self = Exception.__new__(cls, *args)
        self.extra = "x"
        return self
    def __init__(self, *args):
        super().__init__(*args)
e2 = E2(1, 2)
print(e2.args, e2.extra)
class E3(Exception):
    def __new__(cls, *a):
        return 5
print(E3())
try:
    raise E3
except TypeError as e:
    print(e)

o = object()
for stmt in ["o.x = 1", "o.__str__ = 1", "del o.x", "o.__dict__", "vars(o)"]:
    try:
        exec(stmt)
        print(stmt, "-> ok")
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)

# Builtin subclasses are listed.
print(ArithmeticError.__subclasses__())
print(ZeroDivisionError.__subclasses__(), ConnectionError.__subclasses__())
