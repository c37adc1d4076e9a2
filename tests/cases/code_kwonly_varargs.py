# how *args/**kwargs and keyword-only params appear in co_varnames
def f(a, b=1, *args, c, d=2, **kwargs):
    local = 1

c = f.__code__
print(c.co_varnames)
n = c.co_argcount + c.co_kwonlyargcount
print('params', c.co_varnames[:n])
i = n
if c.co_flags & 0x04:
    print('*args name', c.co_varnames[i])
    i += 1
if c.co_flags & 0x08:
    print('**kwargs name', c.co_varnames[i])
    i += 1
print('other locals', c.co_varnames[i:])

print("-- reconstruct signatures")
def signature(fn):
    code = fn.__code__
    names = code.co_varnames
    pos = list(names[:code.co_argcount])
    kwonly = list(names[code.co_argcount:code.co_argcount + code.co_kwonlyargcount])
    idx = code.co_argcount + code.co_kwonlyargcount
    defaults = fn.__defaults__ or ()
    kwdefaults = fn.__kwdefaults__ or {}
    parts = []
    for j, p in enumerate(pos):
        d = len(pos) - len(defaults)
        parts.append(p + ('=' + repr(defaults[j - d]) if j >= d else ''))
        if code.co_posonlyargcount and j == code.co_posonlyargcount - 1:
            parts.append('/')
    if code.co_flags & 0x04:
        parts.append('*' + names[idx])
        idx += 1
    elif kwonly:
        parts.append('*')
    for k in kwonly:
        parts.append(k + ('=' + repr(kwdefaults[k]) if k in kwdefaults else ''))
    if code.co_flags & 0x08:
        parts.append('**' + names[idx])
    return fn.__name__ + '(' + ', '.join(parts) + ')'

def g1(x, y=3, /, z=4, *rest, w, v='v', **opts): pass
def g2(*, only): pass
def g3(a, b, /): pass
def g4(): pass
def g5(p, q=None, *r): pass
for fn in [f, g1, g2, g3, g4, g5, lambda m, *n, o=0: 0]:
    print(signature(fn))
