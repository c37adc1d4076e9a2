# every parameter kind in a single signature
def f(p1, p2=20, /, n1=30, *args, k1, k2=50, **kwargs):
    return dict(p1=p1, p2=p2, n1=n1, args=args, k1=k1, k2=k2, kwargs=kwargs)

def show(d):
    print(' '.join(['%s=%r' % (k, v) for k, v in d.items()]))

print("-- calls")
show(f(1, k1=2))
show(f(1, 2, 3, k1=4))
show(f(1, 2, 3, 4, 5, k1=6, k2=7, z=8))
show(f(1, n1=3, k1=4, p1='kw'))
show(f(*[1, 2, 3, 4], **{'k1': 'K', 'extra': True}))

print("-- code object")
c = f.__code__
print('argcount', c.co_argcount)
print('posonly', c.co_posonlyargcount)
print('kwonly', c.co_kwonlyargcount)
print('nlocals', c.co_nlocals)
print('varnames', c.co_varnames)
print('varargs flag', bool(c.co_flags & 0x04))
print('varkw flag', bool(c.co_flags & 0x08))
print('defaults', f.__defaults__)
print('kwdefaults', f.__kwdefaults__)

print("-- errors")
for args, kwargs in [((), {}), ((1,), {}), ((1,), {'k1': 1, 'n1': 1, 'p2': 2})]:
    try:
        show(f(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
