# f_back links frames to their callers
import sys

def a():
    return b()

def b():
    return c()

def c():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

print(c())
print(b())
print(a())

print("-- caller of a callback")
def run(cb):
    return cb()
def cb():
    return sys._getframe(1).f_code.co_name
print(run(cb))

print("-- f_back of a finished frame")
def keep():
    return sys._getframe()
fr = keep()
print(fr.f_back.f_code.co_name)
print(fr.f_code.co_name)

print("-- getframe(n) is n steps of f_back")
def depth3():
    f0 = sys._getframe(0)
    return sys._getframe(2) is f0.f_back.f_back
def d2():
    return depth3()
def d1():
    return d2()
print(d1())

print("-- recursion frames")
def rec(n):
    if n == 0:
        f = sys._getframe()
        count = 0
        while f.f_code.co_name == 'rec':
            count += 1
            f = f.f_back
        return count
    return rec(n - 1)
print(rec(7))
