# decorators with arguments (decorator factories)
def repeat(n):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return 'hi ' + name

print(hello('x'))
print(hello.__qualname__)
print(hello.__code__.co_freevars)

def prefix(p, sep=': '):
    def deco(fn):
        def wrapper(*args):
            return p + sep + str(fn(*args))
        return wrapper
    return deco

@prefix('sum')
def total(*xs):
    return sum(xs)

@prefix('max', sep=' = ')
def biggest(*xs):
    return max(xs)

print(total(1, 2, 3))
print(biggest(4, 9, 2))

print("-- validate arguments")
def check_types(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError('%s: expected %s, got %s' % (fn.__name__, t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
    return deco

@check_types(int, str)
def label(n, s):
    return s * n

print(label(3, 'ab'))
try:
    label('3', 'ab')
except TypeError as e:
    print(e)
try:
    label(3, 4)
except TypeError as e:
    print(e)

print("-- decorator expression can be any expression (3.9+)")
decos = [repeat(2), prefix('P')]
@decos[1]
def f():
    return 'f'
print(f())
@(lambda fn: lambda: fn().upper())
def g():
    return 'shout'
print(g())
