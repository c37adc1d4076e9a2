# How fast recursion through dunder methods and builtins uses up the recursion limit, and
# the RecursionError message: CPython 3.11 counts each Python frame, plus one level for
# calls of builtins that are not specialised (METH_O/VARARGS builtins, and every builtin
# call before the calling code has warmed up), tp_call of classes, repr(), str() and
# comparisons. The deepest frame reached is printed for each kind of recursion.
import sys
def depth():
    n = 0
    f = sys._getframe(1)
    while f:
        n += 1
        f = f.f_back
    return n
M = [0]
def note():
    d = depth()
    if d > M[0]: M[0] = d
def run(name, fn):
    M[0] = 0
    try:
        fn()
    except RecursionError as e:
        print(name, M[0], e)

class G:
    def __getattr__(self, name):
        note()
        return getattr(self, '_' + name)
run('getattr-builtin', lambda: G().v)
class G2:
    def __getattr__(self, name):
        note()
        return self.__getattr__('_' + name)
run('getattr-direct', lambda: G2().v)
class G3:
    def __getattr__(self, name):
        note()
        return self.x
run('getattr-attr', lambda: G3().v)
class S:
    def __setattr__(self, name, v):
        note()
        setattr(self, name, v)
def s(): S().x = 1
run('setattr', s)
class R:
    def __repr__(self):
        note()
        return f'{self!r}'
run('repr-fstring', lambda: repr(R()))
class R2:
    def __repr__(self):
        note()
        return repr(self)
run('repr-builtin', lambda: repr(R2()))
class I:
    def __init__(self, d):
        note()
        I(d + 1)
run('init', lambda: I(0))
def plain():
    note()
    plain()
run('plain', plain)
class L:
    def __len__(self):
        note()
        return len(self)
run('len', lambda: len(L()))
class E:
    def __eq__(self, o):
        note()
        return self == o
run('eq', lambda: E() == 1)
class A:
    def __add__(self, o):
        note()
        return self + o
run('add', lambda: A() + 1)
class C:
    def __call__(self):
        note()
        return self()
run('call', lambda: C()())
def viamap():
    note()
    return list(map(lambda x: viamap(), [1]))
run('map', viamap)
class H:
    def __hash__(self):
        note()
        return hash(self)
run('hash', lambda: hash(H()))
class GI:
    def __getitem__(self, k):
        note()
        return self[k]
run('getitem', lambda: GI()[0])
class P:
    @property
    def p(self):
        note()
        return self.p
run('property', lambda: P().p)
class B:
    def __bool__(self):
        note()
        return bool(self)
run('bool', lambda: bool(B()))
class ST:
    def __str__(self):
        note()
        return str(self)
run('str', lambda: str(ST()))
class FM:
    def __format__(self, spec):
        note()
        return format(self, spec)
run('format', lambda: format(FM(), ''))
class IT:
    def __iter__(self):
        note()
        return iter(self)
run('iter', lambda: iter(IT()))
def ev():
    note()
    return eval('ev()')
run('eval', ev)
def ex():
    note()
    exec('ex()')
run('exec', ex)

def mk(dunder, body):
    ns = {'note': note}
    exec(f"class X:\n    def {dunder}(self, *a):\n        note()\n        return {body}\n", ns)
    return ns['X']
cases = [('int','__int__','int(self)'), ('float','__float__','float(self)'), ('complex','__complex__','complex(self)'),
 ('str','__str__','str(self)'), ('bytes','__bytes__','bytes(self)'), ('bool','__bool__','bool(self)'),
 ('list','__iter__','iter(list(self))'), ('tuple','__iter__','iter(tuple(self))'), ('set','__iter__','iter(set(self))'),
 ('frozenset','__iter__','iter(frozenset(self))'), ('dict','keys','dict(self)'), ('range','__index__','range(self)'),
 ('enumerate','__iter__','enumerate(self)'), ('reversed','__reversed__','reversed(self)'),
 ('map','__iter__','map(abs, self)'), ('filter','__iter__','filter(None, self)'), 
 ('sorted','__iter__','iter(sorted(self))'), ('min','__iter__','iter([min(self)])'), ('sum','__iter__','iter([sum(self)])'),
 ('any','__iter__','iter([any(self)])'), ('next','__next__','next(self)'), ('hasattr','__getattr__','hasattr(self, "y")'),
 ('abs','__abs__','abs(self)'), ('divmod', '__divmod__', 'divmod(self, 1)'), ('pow','__pow__','pow(self, 1)'),
 ('round','__round__','round(self)'), ('dir','__dir__','dir(self)'), ('vars', '__getattribute__', 'vars(self)'),
 ('print', '__str__', 'print(self) or ""'), ('isinstance-getattr', '__getattr__', 'isinstance(self, int) or self.zz'),

 ('hex','__index__','hex(self)'), ('ascii','__repr__','ascii(self)'),
 ('repr','__repr__','repr(self)'), ('format-str','__format__','format(self, "")'), ('fstr','__str__','f"{self}"'),
 ('callable-getattr','__getattr__','callable(self) or self.zz'),
]
for name, d, body in cases:
    X = mk(d, body)
    x = X()
    if d == '__iter__': run(name, lambda: list(iter(x)) if name not in ('map','filter','zip','enumerate') else list(x))
    elif d == '__int__': run(name, lambda: int(x))
    elif d == '__float__': run(name, lambda: float(x))
    elif d == '__complex__': run(name, lambda: complex(x))
    elif d == '__str__': run(name, lambda: str(x))
    elif d == '__bytes__': run(name, lambda: bytes(x))
    elif d == '__bool__': run(name, lambda: bool(x))
    elif d == 'keys': run(name, lambda: dict(x))
    elif d == '__index__': run(name, lambda: x.__index__())
    elif d == '__reversed__': run(name, lambda: reversed(x))
    elif d == '__next__': run(name, lambda: next(x))
    elif d == '__getattr__': run(name, lambda: x.q)
    elif d == '__init__': run(name, lambda: X())
    else: run(name, lambda: getattr(x, d)())
