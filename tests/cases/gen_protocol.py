import sys
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally ran")
e = echo()
print(next(e), e.send("a"), e.send("b"))
e.close()
print(e.gi_frame, e.gi_running, e.gi_suspended)
e.close()
try:
    next(e)
except StopIteration as s:
    print("exhausted", s.args)

def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as err:
            print("caught", err)
            total = -1
            continue
        total += v
a = acc()
next(a)
print(a.send(5), a.send(10))
print(a.throw(ValueError("bad")))
print(a.send(3))
print(a.throw(ValueError, "cls+val"))
print(a.throw(ValueError, ("t1",)))
try:
    a.throw(KeyError("k"))
except KeyError as k:
    print("propagated", repr(k), a.gi_frame)
try:
    a.throw(ValueError("x"), "y")
except TypeError as t:
    print(t)
try:
    a.throw(42)
except TypeError as t:
    print(t)
try:
    a.throw(ValueError, None, 5)
except TypeError as t:
    print(t)

def ignore():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
i = ignore()
next(i)
try:
    i.close()
except RuntimeError as r:
    print("RuntimeError:", r)
i.gi_frame  # still suspended
def stopper():
    yield 1
    raise StopIteration("inner")
s = stopper()
next(s)
try:
    next(s)
except RuntimeError as r:
    print(repr(r), repr(r.__cause__), r.__suppress_context__)

def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as v:
    print("ValueError:", v)

def status():
    print("running?", st.gi_running)
    yield sys._getframe().f_code.co_name
st = status()
print(next(st))
fr = st.gi_frame
print(fr.f_code.co_name, fr.f_lineno, fr.f_back)
def locs(a):
    b = a * 2
    yield
    c = 3
    yield
l = locs(5)
print(l.gi_frame.f_locals)
next(l)
print(l.gi_frame.f_locals)
next(l)
print(l.gi_frame.f_locals)
print(list(l), l.gi_frame)
g2 = (x for x in range(2))
print(g2.gi_frame.f_locals)
try:
    locs(1).send(1)
except TypeError as t:
    print(t)
fresh = locs(1)
try:
    fresh.throw(IndexError("early"))
except IndexError as e:
    print("early throw", e, fresh.gi_frame)
    tb = e.__traceback__
    while tb:
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
fresh2 = locs(2)
fresh2.close()
print(list(fresh2))
def name_change():
    yield 1
n = name_change()
n.__name__ = "renamed"
n.__qualname__ = "Q.renamed"
print(n.__name__, n.__qualname__, repr(n)[:30])
try:
    n.__name__ = 5
except TypeError as t:
    print(t)
