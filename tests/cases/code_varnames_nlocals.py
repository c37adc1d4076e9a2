# co_varnames ordering and co_nlocals
def f(a, b, *args, k, **kw):
    x = 1
    y = 2
    z = x + y
    return z

c = f.__code__
print(c.co_varnames)
print(c.co_nlocals)
print(len(c.co_varnames) == c.co_nlocals)

print("-- order of first assignment")
def g():
    second = None
    first = None
    for loopvar in []:
        pass
    try:
        pass
    except Exception as exc:
        pass
    import sys as alias
    def inner(): pass
    return second, first
print(g.__code__.co_varnames)

print("-- globals are not locals")
G = 1
def h():
    global G
    G = 2
    local = G
    return local
print(h.__code__.co_varnames)
print(h.__code__.co_names)

print("-- comprehension variables are in the comprehension's code (3.11)")
def comp():
    return [i * i for i in range(3)]
print(comp.__code__.co_varnames)

print("-- deleted and conditionally assigned names still count")
def cond(flag):
    if flag:
        maybe = 1
    del flag
    return 0
print(cond.__code__.co_varnames, cond.__code__.co_nlocals)

print("-- augmented assignment target is local")
def aug():
    total = 0
    total += 5
    return total
print(aug.__code__.co_varnames)

print("-- unpacking targets")
def unpack(seq):
    a, (b, c), *d = seq
    return a
print(unpack.__code__.co_varnames)

print("-- no locals")
print((lambda: 1).__code__.co_varnames, (lambda: 1).__code__.co_nlocals)
