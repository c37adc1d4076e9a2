# higher-order functions: functions taking and returning functions
def apply(fn, *args):
    return fn(*args)

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

def my_map(fn, xs):
    return [fn(x) for x in xs]

def my_filter(pred, xs):
    return [x for x in xs if pred(x)]

def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc

print("-- apply")
print(apply(len, 'hello'))
print(apply(max, 3, 9, 4))
print(apply(lambda: 'no args'))

print("-- compose")
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5))
print(compose(dbl, inc)(5))
print(compose()(5))
print(compose(str, inc, inc, dbl)(10))

print("-- map/filter/reduce")
print(my_map(str.upper, ['a', 'b']))
print(my_filter(lambda n: n % 3 == 0, range(20)))
print(my_reduce(lambda a, b: a * b, range(1, 11), 1))
print(my_reduce(lambda a, b: b + a, 'abcdef', ''))

print("-- curry")
def curry3(fn):
    return lambda a: lambda b: lambda c: fn(a, b, c)
vol = curry3(lambda a, b, c: a * b * c)
print(vol(2)(3)(4))

print("-- partial by hand")
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    return call
def describe(a, b, c=0, *, sep=','):
    return sep.join(map(str, (a, b, c)))
p = partial(describe, 1, sep='|')
print(p(2))
print(p(2, 3))
print(p(2, sep='/'))

print("-- builtins as first-class values")
for f in (abs, len, str, repr, type):
    print(f.__name__, f([-1]) if f is not abs else f(-1))

print("-- function table")
table = [(name, fn(16)) for name, fn in [('sq', lambda x: x*x), ('half', lambda x: x // 2), ('bin', bin), ('oct', oct)]]
print(table)
