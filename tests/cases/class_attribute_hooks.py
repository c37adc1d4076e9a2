class L:
    def __setattr__(self, n, v):
        print("set", n, v)
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("del", n)
        super(L, self).__delattr__(n) if False else object.__delattr__(self, n)
l = L(); l.x = 1; setattr(l, 'y', 2); print(l.x, l.y, vars(l)); del l.x; delattr(l, 'y'); print(vars(l))
class Frozen:
    def __init__(self, v): object.__setattr__(self, 'v', v)
    def __setattr__(self, n, v): raise AttributeError(f"cannot assign to field '{n}'")
f = Frozen(3)
try: f.v = 4
except AttributeError as e: print(e)
print(f.v)
class E(Exception):
    def __setattr__(self, n, v):
        print("exc set", n)
        super().__setattr__(n, v) if False else Exception.__setattr__(self, n, v)
e = E(); e.q = 5; print(e.q)
class G:
    def __init__(self): self.a = 1
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return object.__getattribute__(self, n)
g = G(); print(g.a, g.magic, getattr(g, 'magic'), hasattr(g, 'nope'))
class H:
    def __getattribute__(self, n):
        raise AttributeError("custom " + n)
try: H().x
except AttributeError as e: print(e)
print(getattr(H(), 'x', 'dflt'), hasattr(H(), 'y'))
class K:
    def __getattribute__(self, n):
        raise AttributeError("custom " + n)
    def __getattr__(self, n): return 'fallback ' + n
print(K().z)
