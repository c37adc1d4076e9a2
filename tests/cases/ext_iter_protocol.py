class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x * 2 for x in Countdown(4)], sum(Countdown(10)), max(Countdown(5)))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), list(iter(Seq())))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__, type(iter(d.items())).__name__, type(iter([])).__name__, type(iter(range(2))).__name__)
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 3.5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate(["x", "y"])
print(next(e), list(e), list(e))
z = zip("ab", Countdown(5))
print(list(z))
m = map(lambda a, b: a + b, [1, 2, 3], [10, 20])
print(list(m), list(m))
s = {3, 1}
si = iter(s)
s.add(5)
try:
    next(si)
except RuntimeError as e:
    print(type(e).__name__, e)
