def f(a, b=2, *rest, **opts):
    c = a + b
    snapshot = locals()
    return sorted(snapshot)

print(f(1), f(1, 2, 3, x=4))

def with_closure():
    captured = 1
    def inner():
        own = 2
        return sorted(locals().items())
    return inner()
print(with_closure())

def nonlocal_in_locals():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return locals()
    return inner()
print(nonlocal_in_locals())

class Bag:
    def __init__(self):
        self.a = 1
        self.b = [2]
print(vars(Bag()), vars(Bag()) == Bag().__dict__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([k for k in vars(Bag) if not k.startswith("__")]))
print("Bag" in globals(), "f" in vars(), locals() is globals())
def modify_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_locals())
def list_comp_locals():
    outer_var = 5
    return [sorted(locals()) for _ in range(1)]
print(list_comp_locals())
def dir_noargs():
    zeta = 1
    alpha = 2
    return dir()
print(dir_noargs())
