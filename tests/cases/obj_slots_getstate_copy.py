# object.__getstate__ with __slots__, and copy/deepcopy of slotted objects.
import copy
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
q = copy.copy(P(1, [2]))
print(q.x, q.y)
d = copy.deepcopy(P(1, [2]))
print(d.x, d.y)
print(P(1,2).__getstate__())
p = P(1,2); del p.y; print(p.__getstate__())
class Q(P):
    def __init__(self): super().__init__(1, 2); self.z = 3
print(Q().__getstate__())
c = copy.deepcopy(Q()); print(c.x, c.y, c.z)
class E: pass
print(E().__getstate__())
e = E(); e.a = 1; print(e.__getstate__())
class M:
    __slots__ = ('__secret', 'open')
    def __init__(self): self.__secret = 1; self.open = 2
print(M().__getstate__())
m = copy.copy(M()); print(m._M__secret, m.open)
