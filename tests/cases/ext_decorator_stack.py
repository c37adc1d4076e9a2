def trace(label):
    def deco(fn):
        def wrapper(*a, **k):
            print(f"[{label}] -> {fn.__name__}{a}{k if k else ''}")
            r = fn(*a, **k)
            print(f"[{label}] <- {r!r}")
            return r
        wrapper.__name__ = "traced_" + fn.__name__
        return wrapper
    return deco

def bold(fn):
    def w(*a):
        return "<b>" + fn(*a) + "</b>"
    return w

def italic(fn):
    def w(*a):
        return "<i>" + fn(*a) + "</i>"
    return w

@bold
@italic
def greet(name):
    return "hi " + name

@trace("outer")
@trace("inner")
def add(a, b=0):
    return a + b

print(greet("bo"))
print(add(1, b=2))
print(add.__name__, add.__qualname__)
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def nop():
    return None
for _ in range(4):
    nop()
print(nop.calls, nop.__dict__)
class Registry:
    items = []
    @staticmethod
    def add(fn):
        Registry.items.append(fn.__name__)
        return fn
@Registry.add
def one(): pass
@Registry.add
def two(): pass
print(Registry.items)
dec = lambda f: (lambda *a: f(*a) * 2)
@dec
def three():
    return 3
print(three(), three.__name__, three.__qualname__)
