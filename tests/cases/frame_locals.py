# f_locals of frames
import sys

def peek_caller():
    return dict(sys._getframe(1).f_locals)

def f(a, b=2):
    c = a + b
    return peek_caller()
print(f(1))

def g():
    x = 'x'
    y = [1]
    return sys._getframe().f_locals
print(g())

print("-- f_locals of a closure frame includes free vars")
def outer():
    captured = 'cap'
    def inner():
        mine = 1
        captured
        return sys._getframe().f_locals
    return inner()
print(outer())

print("-- module frame f_locals is globals")
print(sys._getframe().f_locals is globals())

print("-- f_locals reflects values at the time of access")
def changing():
    v = 1
    snap1 = dict(sys._getframe().f_locals)
    v = 2
    snap2 = dict(sys._getframe().f_locals)
    return snap1['v'], snap2['v']
print(changing())

print("-- caller's locals by name")
def lookup(name):
    return sys._getframe(1).f_locals.get(name, '<missing>')
def user():
    secret = 42
    return lookup('secret'), lookup('nothing')
print(user())
