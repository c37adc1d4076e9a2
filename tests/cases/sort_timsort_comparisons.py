# The comparison sequence of list.sort: logged, counted, and results with NaN.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % (2**31)
    return seed % n

class C:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        C.log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f"C({self.v})"

def check(data, **kw):
    C.log = []
    items = [C(v) for v in data]
    items.sort(**kw)
    h = 0
    for a, b in C.log:
        h = (h * 31 + a * 7 + b) % 1000000007
    return len(C.log), h, [c.v for c in items][:10]

print(check([3, 1, 2]), C.log)
print(check(list(range(100))))
print(check(list(range(100, 0, -1))))
for n in [5, 17, 31, 32, 33, 63, 64, 65, 100, 127, 200, 500, 1000, 3000]:
    data = [rnd(n // 3 + 1) for _ in range(n)]
    print(n, check(data), check(data, reverse=True))
# Partially ordered data exercises galloping.
data = list(range(0, 2000, 2)) + list(range(1, 2000, 2))
print(check(data))
data = list(range(1000)) + [5] * 50 + list(range(500, 1500))
print(check(data))
data = [i % 37 for i in range(1500)]
print(check(data))
data = list(range(500)); data[100:300] = reversed(data[100:300])
print(check(data))
runs = []
for r in range(40):
    ln = rnd(80) + 1
    base = rnd(1000)
    runs += [base + i for i in range(ln)] if r % 2 else [base - i for i in range(ln)]
print(check(runs))
print(check([rnd(5) for _ in range(700)], key=lambda c: -c.v))
nan = float("nan")
print(sorted([5, nan, 3, nan, 1, 4, 2, nan] * 3))
print(sorted([nan, 2, 1, nan, 0, -1] * 20)[:30])
vals = [rnd(100) / 7 for _ in range(300)]
for i in range(0, 300, 13):
    vals[i] = nan
s = sorted(vals)
print([round(x, 3) if x == x else 'nan' for x in s[:60]])
# Stability with keys.
pairs = [(rnd(10), i) for i in range(400)]
print(sorted(pairs, key=lambda p: p[0])[:20])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:20])
# A comparison that raises part-way leaves every item in the list.
class Boom:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Boom.n += 1
        if Boom.n == 150:
            raise ValueError("boom")
        return self.v < o.v
l = [Boom(rnd(1000)) for _ in range(300)]
try:
    l.sort()
except ValueError as e:
    print("ValueError", e, len(l), sorted([b.v for b in l]) == sorted([b.v for b in l]))
print([b.v for b in l][:40])
Boom.n = 0
l = [Boom(rnd(1000)) for _ in range(300)]
try:
    l.sort(reverse=True)
except ValueError as e:
    print("ValueError", e, [b.v for b in l][:40])
# Mutating the list during the sort.
lst = [3, 1, 2]
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        lst2.append(1)
        return self.v < o.v
lst2 = [M(3), M(1), M(2)]
try:
    lst2.sort()
except ValueError as e:
    print("ValueError", e, [m.v for m in lst2 if isinstance(m, M)])
class Peek:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        seen.append(len(lst3))
        return self.v < o.v
lst3 = [Peek(2), Peek(1)]
seen = []
lst3.sort()
print(seen, [p.v for p in lst3])
def badkey(x):
    if x == 3:
        raise KeyError(x)
    return x
l4 = [5, 3, 1]
try:
    l4.sort(key=badkey)
except KeyError as e:
    print("KeyError", e, l4)
