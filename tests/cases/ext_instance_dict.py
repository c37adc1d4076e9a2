class Record:
    kind = "rec"
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

r = Record(a=1, b="two")
print(r.__dict__)
print(vars(r), sorted(vars(r)))
r.__dict__["c"] = [3]
print(r.c, hasattr(r, "c"))
del r.__dict__["a"]
print(hasattr(r, "a"), r.__dict__)
r.__dict__.update(d=4)
print(r.d, "kind" in r.__dict__, "kind" in vars(Record))

def to_dict(obj):
    return {k: v for k, v in vars(obj).items() if not k.startswith("_")}
r._hidden = 0
print(to_dict(r))

class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, repr(value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
lg = Logged()
lg.x = 1
setattr(lg, "y", 2)
del lg.x
print(hasattr(lg, "x"), lg.y)

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
print(f.v)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(s.a, hasattr(s, "__dict__"))
