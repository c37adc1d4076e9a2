# __del__ runs when the last reference goes away (del, rebinding, a scope ending,
# discarded results, containers emptied), once per object even if resurrected;
# exceptions in __del__ are reported as "Exception ignored in" on stderr; objects still
# alive at exit are finalized in CPython's order.

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("close", self.name)

r = Res("a")
del r
print("after del")
r = Res("b")
r = Res("c")
print("after rebind")
def scope():
    x = Res("d")
    print("in scope")
scope()
print("after scope")
lst = [Res("e"), Res("f"), Res("g")]
lst.pop()
print("after pop")
lst.clear()
print("after clear (last to first)")
t = (Res("h"), Res("i"))
t = None
print("after tuple")
d = {"k": Res("j")}
d["k"] = None
print("after dict overwrite")
Res("k")
print("after expression statement")

class Holder:
    def __init__(self, inner):
        self.inner = inner
    def __del__(self):
        print("holder del, inner still", self.inner.name)
h = Holder(Res("l"))
del h
print("after holder")

saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)
p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared again (no second __del__)")

class Bad:
    def __del__(self):
        raise ValueError("in __del__")
b = Bad()
b = 5
print("after bad")

class Bad2:
    def __del__(self):
        x = {}
        try:
            raise KeyError(1)
        except KeyError:
            x["a"] + 1
Bad2()
print("after bad2")

def make():
    return Res("m")
make().name
print("after attribute of a temporary")

try:
    tmp = Res("n")
    raise RuntimeError("boom")
except RuntimeError:
    del tmp
print("after except")

keep1 = Res("exit 1")
keep2 = Res("exit 2")
keep_list = [Res("exit 3"), Res("exit 4")]
print("end")
