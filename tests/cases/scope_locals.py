# locals() inside functions
def f(a, b=2, *args, **kw):
    c = a + b
    return locals()

print(f(1))
print(f(1, 2, 3, x=4))

def g():
    return locals()
print(g())

print("-- locals() is a snapshot: writing does not create variables")
def h():
    x = 1
    locals()['x'] = 99
    locals()['y'] = 5
    return x
print(h())

print("-- locals includes free variables")
def outer():
    cell = 'captured'
    unused = 'not captured'
    def inner():
        mine = 'own'
        cell
        return locals()
    return inner()
print(outer())

print("-- locals of outer includes cell variables")
def outer2():
    v = 'cellvar'
    def inner():
        return v
    return sorted(locals())
print(outer2())

print("-- unbound locals are omitted")
def partial():
    a = 1
    r = sorted(locals())
    b = 2
    return r
print(partial())

print("-- at module level locals() is globals()")
print(locals() is globals())
