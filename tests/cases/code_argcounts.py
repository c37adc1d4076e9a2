# co_argcount, co_posonlyargcount, co_kwonlyargcount for many signatures
def show(fn):
    c = fn.__code__
    print('%-12s arg=%d posonly=%d kwonly=%d nlocals=%d varnames=%r' % (
        c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
        c.co_nlocals, c.co_varnames))

def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, /, b): pass
def f4(a, b, /): pass
def f5(*args): pass
def f6(**kw): pass
def f7(*, k): pass
def f8(a, *args, k, **kw): pass
def f9(a, b, /, c, *, d, e=1): pass
def f10(a, /, *args, b, **kw): pass
def f11(*args, **kw): pass

for fn in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11]:
    show(fn)
show(lambda x, y=0, *z, w: 0)

print("-- locals add to nlocals but not argcount")
def g(a, b):
    c = a + b
    d = c * 2
    for i in range(2):
        pass
    return d
show(g)

print("-- builtins have no __code__")
print(hasattr(len, '__code__'))
