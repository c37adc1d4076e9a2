# keyword argument ordering and evaluation order of arguments
log = []
def v(tag, val):
    log.append(tag)
    return val

def f(*args, **kwargs):
    return args, kwargs

print("-- evaluation left to right")
print(f(v('a', 1), v('b', 2), c=v('c', 3), d=v('d', 4)))
print(log)
log.clear()
print(f(v('p', 1), *[v('q', 2)], k=v('k', 3), **{'m': v('m', 4)}))
print(log)
log.clear()

print("-- kwargs keep call order")
print(list(f(z=1, a=2, m=3)[1]))
print(list(f(**{'b': 1}, a=2, **{'c': 3})[1]))

print("-- callee evaluated before args")
def getf():
    log.append('callee')
    return f
getf()(v('arg', 0))
print(log)
log.clear()

print("-- default values evaluated once, left to right at def")
def g(a=v('da', 1), b=v('db', 2), *, c=v('dc', 3)):
    return a, b, c
print(log)
print(g(), g())
print(log)
log.clear()

print("-- decorator expression evaluated before defaults, applied after")
def deco(fn):
    log.append('deco applied')
    return fn
def h(x=v('default', 0)):
    pass
@v('deco expr', deco)
def k(x=v('k default', 0)):
    pass
print(log)
