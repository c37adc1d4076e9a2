def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
    return "outer-result"
g = outer()
print(next(g))
print(g.send("a"))
print(g.gi_yieldfrom)
print(g.send("b"))
print(g.gi_yieldfrom)
try:
    g.send("c")
except StopIteration as e:
    print("final", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def delegating_throw():
    try:
        yield from catcher()
    except KeyError:
        print("outer caught KeyError")
        yield "after-key"
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("catcher caught", e)
            yield "handled"
d = delegating_throw()
print(next(d))
print(d.throw(ValueError("v1")))
print(next(d))
print(d.throw(KeyError("k")))
def closer():
    try:
        yield from sub()
    finally:
        print("outer finally")
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub finally")
c = closer()
next(c)
c.close()
print(c.gi_frame)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(99)
        return self.n
def use_it():
    r = yield from It()
    yield ("r", r)
print(list(use_it()))
def ret_from_sub():
    def sub():
        return 5
        yield
    v = yield from sub()
    yield v
print(list(ret_from_sub()))
def sender():
    class S:
        def __iter__(self): return self
        def __next__(self): return "next"
        def send(self, v): return "sent " + str(v)
    yield from S()
s = sender()
print(next(s), s.send(1), s.send(None))
def not_iter():
    yield from 5
try:
    list(not_iter())
except TypeError as e:
    print(e)
def depth(n):
    if n:
        yield from depth(n - 1)
    else:
        yield "bottom"
print(list(depth(50)))
def tree(n):
    if n == 0:
        yield 0
        return
    yield n
    yield from tree(n - 1)
    yield from tree(n - 1)
print(sum(tree(8)))
