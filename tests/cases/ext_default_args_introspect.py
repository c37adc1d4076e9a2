def api(endpoint, method="GET", *, timeout=30, retries=3, headers=None):
    return endpoint, method, timeout, retries, headers

co = api.__code__
names = co.co_varnames[:co.co_argcount + co.co_kwonlyargcount]
pos = names[:co.co_argcount]
kwo = names[co.co_argcount:]
defaults = dict(zip(pos[len(pos) - len(api.__defaults__):], api.__defaults__))
defaults.update(api.__kwdefaults__)
print(pos, kwo, defaults)
required = [n for n in pos if n not in defaults]
print("required:", required)
def signature(fn):
    c = fn.__code__
    n = c.co_argcount
    args = list(c.co_varnames[:n])
    dflt = fn.__defaults__ or ()
    parts = []
    for i, name in enumerate(args):
        j = i - (n - len(dflt))
        parts.append(f"{name}={dflt[j]!r}" if j >= 0 else name)
        if c.co_posonlyargcount and i == c.co_posonlyargcount - 1:
            parts.append("/")
    idx = n + c.co_kwonlyargcount
    if c.co_flags & 0x04:
        parts.append("*" + c.co_varnames[idx])
        idx += 1
    elif c.co_kwonlyargcount:
        parts.append("*")
    for name in c.co_varnames[n:n + c.co_kwonlyargcount]:
        kd = fn.__kwdefaults__ or {}
        parts.append(f"{name}={kd[name]!r}" if name in kd else name)
    if c.co_flags & 0x08:
        parts.append("**" + c.co_varnames[idx])
    return f"{fn.__name__}({', '.join(parts)})"
def g(a, b, /, c, d=1, *args, e, f="x", **kw): pass
def h(*, only): pass
def k(x=[], y=(1,)): pass
for fn in (api, g, h, k, signature, lambda *a, **k: 0):
    print(signature(fn))
