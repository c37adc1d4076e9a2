# property: CPython 3.11's "has no getter/setter/deleter" messages (named after
# __set_name__ and the object's qualified type name), __doc__, copies, __get__/__set__.

class P:
    @property
    def ro(self):
        "ro doc"
        return 1
    wo = property(None, lambda self, v: None)
    class Inner:
        x = property(lambda self: 2)

P.late = property()
p = P()
for stmt in ["p.ro = 1", "del p.ro", "p.wo", "p.late", "p.late = 1", "del p.late",
             "P.Inner().x = 3", "property().__get__(1)", "property().__set__(1, 2)",
             "property().__delete__(1)"]:
    try:
        exec(stmt)
        print(stmt, "-> ok")
    except AttributeError as e:
        print(stmt, "->", e)

# __set_name__ called by hand names the property.
q = property(lambda s: 1)
q.__set_name__(P, "zz")
try:
    q.__set__(P(), 3)
except AttributeError as e:
    print(e)
try:
    q.__set_name__(P)
except TypeError as e:
    print(e)

# Docs: from the getter, explicit, writable, and the type's own docstring.
print(repr(P.ro.__doc__))
print(repr(property(lambda s: 1, doc="explicit").__doc__))
print(repr(property(lambda s: 1).__doc__))
x = property(lambda s: 1)
x.__doc__ = "assigned"
print(x.__doc__)
print(property.__doc__.splitlines()[0])

# getter/setter/deleter copies: None keeps the old function; a getter's doc follows
# the new getter; the name given by __set_name__ is kept.
class Q:
    @property
    def v(self):
        "first"
        return 1
    def g2(self):
        "second"
        return 2
print(Q.v.setter(None).fset is Q.v.fset, Q.v.getter(None).fget is Q.v.fget)
print(Q.v.getter(Q.g2).__doc__)
print(property(Q.g2, doc="mine").getter(lambda s: 0).__doc__)
try:
    Q.v.deleter(None).__delete__(Q())
except AttributeError as e:
    print(e)
try:
    Q.v.setter()
except TypeError as e:
    print(e)

# __get__, __set__ and __delete__ as methods.
class R:
    def __init__(self):
        self._v = 0
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    def _del(self):
        print("deleting")
    v = property(_get, _set, _del)
r = R()
R.v.__set__(r, 42)
print(R.v.__get__(r), R.v.__get__(r, R), R.v.__get__(None, R) is R.v)
R.v.__delete__(r)
for bad in ["R.v.__get__(None, None)", "R.v.__get__()", "R.v.__get__(1, 2, 3)", "R.v.__set__(r)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)

# __isabstractmethod__ looks at each part.
def f():
    pass
f.__isabstractmethod__ = True
print(property(f).__isabstractmethod__, property(None, None, f).__isabstractmethod__,
      property(lambda s: 1).__isabstractmethod__)
