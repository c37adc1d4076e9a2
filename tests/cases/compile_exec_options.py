# compile(): optimize levels, argument checks and messages; exec()/eval() of code objects
# with parameters or free variables, exec(closure=...), the builtins dict exec inserts,
# and __main__'s own namespace.
import types

src = 'def f():\n    "doc"\n    assert False, "boom"\n    return __debug__\n'
for level in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, 's', 'exec', optimize=level), ns)
    try:
        print(level, repr(ns['f'].__doc__), ns['f']())
    except AssertionError as e:
        print(level, repr(ns['f'].__doc__), 'AssertionError', e)
ns = {}
exec(compile('"module doc"\nclass C:\n    "class doc"\n', 's', 'exec', optimize=2), ns)
print(ns.get('__doc__'), ns['C'].__doc__)
print(eval(compile('__debug__', 's', 'eval', optimize=1)), eval(compile('__debug__', 's', 'eval')))

for args in [('x', 'o', 'exec', 0, False, 5), ('x', 'o', 'exec', 0x12345678), ('x', 'o', 'bad'),
             (5, 'o', 'exec'), ('x', 5, 'exec'), ('x\x00', 'o', 'exec')]:
    try:
        r = compile(*args)
        print('compiled', r.co_filename)
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
print(compile('x = 1', b'bytes_name', 'exec').co_filename)
print(compile('x', 'n', 'eval', flags=0, dont_inherit=True).co_name)


def outer():
    x = 1

    def inner():
        return x
    return inner


def needs_arg(a):
    return a


def star(*a, **k):
    return a, k


class K:
    def m(self, z):
        pass


for code in (outer().__code__, needs_arg.__code__, star.__code__, K.m.__code__):
    for fn in (eval, exec):
        try:
            print(fn.__name__, fn(code))
        except TypeError as e:
            print(fn.__name__, 'TypeError', e)

exec(outer().__code__, {}, closure=(types.CellType(5),))


def show_x():
    y = 2

    def uses():
        print('x =', x, 'y =', y)
    return uses


x = 'global x'
exec(show_x().__code__, globals(), closure=(types.CellType('cell y'),))
for kwargs in [{'closure': (1,)}, {'closure': ()}, {'closure': 5}]:
    for source in (outer().__code__, needs_arg.__code__, 'pass'):
        try:
            exec(source, {}, **kwargs)
            print('ran')
        except TypeError as e:
            print('TypeError', e)
exec('pass', {}, closure=None)

g = {}
exec('y = 1', g)
print(type(g['__builtins__']).__name__)
g = {}
exec('import sys; r = sys._getframe().f_builtins is __builtins__', g)
print(g['r'])
try:
    exec('1', None, 5)
except TypeError as e:
    print(e)
try:
    eval('1', None, 5)
except TypeError as e:
    print(e)

print('__annotations__' in globals(), __annotations__)
print(list(globals())[:7])
