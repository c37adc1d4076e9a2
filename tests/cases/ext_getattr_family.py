class Config:
    debug = False
    def __init__(self):
        self.level = 3

c = Config()
for name in ["debug", "level", "missing"]:
    print(name, hasattr(c, name), getattr(c, name, "<default>"))
setattr(c, "level", 5)
setattr(c, "new_attr", [1])
print(c.level, c.new_attr, sorted(vars(c)))
delattr(c, "new_attr")
print(hasattr(c, "new_attr"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "debug")
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "append").__name__, getattr(len, "__name__"))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"Dyn has no {name}")
d = Dyn()
print(d.x_hello, hasattr(d, "x_q"), hasattr(d, "other"), getattr(d, "other", "dflt"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = 1
setattr(l, "b", 2)
del l.a
print(vars(l))
class Slotless:
    pass
s = Slotless()
s.__dict__["via_dict"] = 9
print(s.via_dict, getattr(s, "__class__").__name__, type(getattr(Slotless, "__dict__")).__name__)
