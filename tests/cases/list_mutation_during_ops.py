class M:
    def __eq__(self, o):
        l.clear()
        return False
l = [1, 2, M(), 4]
print(M() in l, l)
l = [M(), M(), M()]
try: print(l.index(5))
except ValueError as e: print("ValueError", e)
l = [M(), M(), M()]
print(l.count(1))
l = [M(), M(), M()]
try: l.remove(1)
except ValueError as e: print("ValueError", e)
a = [1, 2, 3]
class N:
    def __eq__(self, o):
        a.clear(); b.clear()
        return True
a = [N(), N(), N()]; b = [N(), N(), N()]
print(a == b)
a = [N(), 1]; b = [N(), 2]
print(a < b)
class R:
    def __repr__(self):
        lr.clear()
        return "R"
lr = [R(), R(), R()]
print(lr)
dr = {1: None}
class DR:
    def __repr__(self):
        dr.clear()
        dr.update({i: i for i in range(10)})
        return "DR"
dr = {1: DR(), 2: DR()}
try:
    print(dr)
except RuntimeError as e:
    print("RuntimeError", e)
sr = set()
class SR:
    def __repr__(self):
        sr.clear()
        return "SR"
sr = {SR(), SR()}
try:
    print(sr)
except RuntimeError as e:
    print("RuntimeError", e)
x = [1, 2, 3]
x[1:2] = x
print(x)
x = [1, 2, 3]
x.extend(x)
print(x)
x = [1, 2]
x += x
print(x)
x = [1]
x *= 3
print(x)
class I:
    def __index__(self):
        il.clear()
        return 0
il = [1, 2, 3]
try:
    print(il[I()])
except IndexError as e:
    print("IndexError", e)
il = [1, 2, 3]
try:
    il[I()] = 5
except IndexError as e:
    print("IndexError", e)
il = [1, 2, 3]
try:
    print(il.pop(I()))
except IndexError as e:
    print("IndexError", e)
il = [1, 2, 3]
il.insert(I(), 9); print(il)
il = [1, 2, 3]
try: print(il[I():I()])
except Exception as e: print(type(e).__name__, e)
il = [1,2,3]
class It:
    def __iter__(self): return self
    n = 0
    def __next__(self):
        It.n += 1
        if It.n > 3: raise StopIteration
        ext.append(It.n)
        return It.n
ext = [0]
ext.extend(It())
print(ext)
class I:
    def __index__(self):
        il.clear()
        return 0
for stmt in ["il[I()]", "il[I()] = 5", "il.pop(I())", "il.insert(I(), 9)", "il[I():I()]", "il[I():] = [7]", "del il[I()]", "il[::I() or 1]", "il[I():3:1] = []", "il.index(1, I())", "del il[I():]", "il[0:3:I() or 1] = [1,2,3]"]:
    il = [1, 2, 3]
    try:
        exec(stmt)
        print(stmt, "ok", il)
    except Exception as e:
        print(stmt, type(e).__name__, e)
c = list(range(10))
class E:
    def __init__(self, v): self.v = v
    def __index__(self):
        c.clear(); return self.v
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 6: raise StopIteration
        return self.n
c.__setitem__(slice(E(1), E(2)), It())
print(c)
