# A property or descriptor whose __get__ raises AttributeError falls back to
# __getattr__; AttributeErrors escaping a lookup carry name and obj.

class I:
    @property
    def p(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr:" + name
print(I().p)

class D:
    def __get__(self, obj, owner):
        raise AttributeError("from descriptor")
class J:
    d = D()
    def __getattr__(self, name):
        return "fallback " + name
print(J().d)

class K:
    @property
    def p(self):
        raise ValueError("not an attribute error")
    def __getattr__(self, name):
        return "never"
try:
    K().p
except ValueError as e:
    print("ValueError", e)

class A:
    value = 1
    def __getattr__(self, n):
        raise AttributeError(n)
a = A()
try:
    a.valeu
except AttributeError as e:
    print(e.name, e.obj is a)

class B:
    @property
    def p(self):
        raise AttributeError("x")
b = B()
try:
    b.p
except AttributeError as e:
    print(e.name, e.obj is b)
try:
    getattr(b, "p")
except AttributeError as e:
    print(e.name, e.obj is b)

class E:
    def __getattr__(self, n):
        raise AttributeError(n, name="preset", obj=5)
try:
    E().q
except AttributeError as e:
    print(e.name, e.obj)

class G(Exception):
    def __getattr__(self, name):
        return "exc getattr " + name
print(G().anything)

# The traceback shows CPython's suggestion, found through name and obj.
a.valeu
