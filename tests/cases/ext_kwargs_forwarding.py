def target(a, b=2, *args, c=3, **kw):
    return f"a={a} b={b} args={args} c={c} kw={kw}"

def forward(*args, **kwargs):
    return target(*args, **kwargs)

def add_defaults(**overrides):
    opts = {"c": 10, "extra": True}
    opts.update(overrides)
    return target(1, **opts)

print(forward(1))
print(forward(1, 2, 3, 4, c=5, d=6))
print(forward(b=7, a=8))
print(add_defaults(), add_defaults(c=0, z=1))
def kwonly_only(*, x, y=2):
    return x, y
print(kwonly_only(x=1), kwonly_only(y=0, x=-1))
for bad in [lambda: kwonly_only(1), lambda: kwonly_only(), lambda: forward(), lambda: forward(1, a=2), lambda: target(1, *(), **{"b": 5, "a": 6})]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
def collect(**kw):
    return list(kw.items())
print(collect(z=1, a=2, m=3), collect(**{"with space": 1, "1": 2}))
def pos_and_kw(x, /, **kw):
    return x, kw
print(pos_and_kw(1, x=2))
def args_only(*args):
    return type(args).__name__, args
print(args_only(), args_only(*"ab", *[1]), args_only(*range(3)))
def deep_forward(f, /, *a, **k):
    return f(*a, **k)
print(deep_forward(target, 1, 2, c=9), deep_forward(deep_forward, target, 0, f=1))
