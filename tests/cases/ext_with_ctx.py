class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with Tracker("a") as t:
    print("inside", t.name)
with Tracker("b", suppress=True):
    raise ValueError("boom")
print("after b")
with Tracker("c") as c1, Tracker("d") as d1:
    print("two", c1.name, d1.name)
try:
    with Tracker("e"):
        1 / 0
except ZeroDivisionError as e:
    print("propagated", e)
def early():
    with Tracker("f"):
        return "returned"
print(early())
for i in range(3):
    with Tracker("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
class Bad:
    pass
try:
    with Bad():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self):
        return 1
try:
    with OnlyEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
