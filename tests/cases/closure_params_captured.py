# parameters of all kinds can be captured
def outer(a, b=2, *args, k, kd='kd', **kw):
    def inner():
        return a, b, args, k, kd, kw
    return inner

f = outer(1, k='K', extra='E')
print(f())
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)

print("-- reassigning a captured parameter")
def param_changed(x):
    def get():
        return x
    x = x * 2
    return get
print(param_changed(21)())

print("-- lambda parameters captured by inner lambda")
mk = lambda p: lambda q: p * q
print(mk(6)(7))

print("-- posonly param captured")
def po(v, /):
    return lambda: v
print(po('posonly')())

print("-- captured default is evaluated once")
def with_default(lst=[]):
    def add(x):
        lst.append(x)
        return lst
    return add
x1 = with_default()
x2 = with_default()
print(x1(1), x2(2))
print(x1.__closure__[0] is x2.__closure__[0])
print(x1.__closure__[0].cell_contents is x2.__closure__[0].cell_contents)
