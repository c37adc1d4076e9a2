# `from __future__ import annotations`: annotations are stored as normalised source text
# (never evaluated), code objects carry CO_FUTURE_ANNOTATIONS, and compile()/exec()/eval()
# of a string inherit the flag unless dont_inherit is set.
from __future__ import annotations
def f(a: int, b: list[str] = None) -> dict[str, int]:
    x: SomeUndefined = 1
    return a
print(f.__annotations__)
print(hex(f.__code__.co_flags))
import sys
print(hex(sys._getframe().f_code.co_flags))
c = compile('def g(x: int): pass', 's', 'exec')
ns = {}
exec(c, ns)
print(ns['g'].__annotations__, hex(c.co_flags))
c2 = compile('def g(x: int): pass', 's', 'exec', dont_inherit=True)
ns = {}
exec(c2, ns)
print(ns['g'].__annotations__, hex(c2.co_flags))
c3 = compile('def g(x: int): pass', 's', 'exec', flags=0x1000000, dont_inherit=True)
ns = {}
exec(c3, ns)
print(ns['g'].__annotations__, hex(c3.co_flags))
ns = {}
exec('def g(x: int): pass', ns)
print(ns['g'].__annotations__)
print(eval('(lambda: 1).__code__.co_flags'))
class K:
    attr: Undefined[int]
    other: 'quoted'
    complex_: 'a' + 'b' if x else {1: 2}
print(K.__annotations__)
def nested():
    def inner(p: nested, *args: int, **kw: str) -> 'x': pass
    return inner.__annotations__
print(nested())
print(__annotations__)
v: list[int] = []
print(__annotations__)

import sys
anns = [
 'int', 'list[int]', 'dict[str,int]', 'tuple[int, ...]', 'tuple[()]', 'x.y.z', 'a | b | None', 'Optional["Node"]',
 "'quoted'", '"dq"', "'it''s'", '"a\\nb"', '1', '-1', '+1', '~x', 'not x', '1.5', '1e16', '1e-5', '1e309', '-1e309', '2j', '1.5j', '1e309j',
 '0x10', '0o17', '0b101', '1_000_000', '10**100', '123456789012345678901234567890', '0.1', '100.0', '3.14159', '1e22', '1.0e-10',
 'True', 'False', 'None', '...', 'b"bytes"', "b'\\x00\\xff'", 'u"uni"', 'a + b * c', '(a + b) * c', 'a ** b ** c', '(a ** b) ** c',
 '-a ** b', '(-a) ** b', 'a - (b - c)', 'a - b - c', 'a if b else c', '(a if b else c) if d else e', 'lambda: 1', 'lambda x, y=2, *a, z, w=3, **k: x',
 'lambda *, k: k', 'lambda x, /, y: 0', 'lambda *a: 0', 'lambda x=(1, 2): x', '[x for x in y if x if z]', '{x: y for x, y in z}', '{x for x in y}',
 '(x for x in y)', 'f(x for x in y)', 'f(a, *b, c=1, **d)', 'f()', 'a[1:2]', 'a[1:2:3]', 'a[:]', 'a[::2]', 'a[1:2, 3]', 'a[b, c]', 'a[(b, c)]',
 'a[b,]', '(a, b)', '(a,)', '()', '[a, b]', '[]', '{a, b}', '{}', '{a: b, **c}', '{**c}', '1 .real', '1.0.real', "'x'.join", 'a < b < c', 'a is not b',
 'a not in b', 'a and b or c', 'a and (b or c)', 'not (a and b)', '(not a) and b', 'a == (b == c)', 'f"x{y}z"', 'f"{y!r:>{w}}"', "f'{x}' 'lit'",
 'f"{ {1: 2}[1] }"', 'f"{x=}"', 'f"{x = !s}"', 'f"{{literal}}"', 'f"{a if b else c}"', 'f"{lambda: 1}"', "f\"{d['k']}\"", '"\\u00e9\\U0001F600\\x7f\\t"',
 '"\\u200b\\xa0"', "'\\''", '"\\\\"', '*Ts', 'a @ b', 'a // b % c', 'a << b >> c', 'a & b ^ c | d', '(a | b) & c', 'await_ + 1', 'x[y][z]', 'f(x)(y)', '(a, *b)', '[*a, *b]',
 'a if (b if c else d) else e', 'a.b[c](d).e', '(yield_)', 'b"\'"', 'b\'"\\\'\'', '1e15', '123.456e7', '5e-324', '1.7976931348623157e308',
]
for src in anns:
    ns = {}
    try:
        exec(f'def f(p: {src}): pass', ns)
        print(repr(src), '->', repr(ns['f'].__annotations__['p']))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)


# Names used only in annotations are not looked up, bound or captured.
def outer():
    x = 1

    def inner(a: x, b: y) -> z:
        pass
    v: w = 1
    return inner


print(outer.__code__.co_cellvars, outer.__code__.co_varnames, outer.__code__.co_names)
print(outer().__code__.co_freevars, outer().__annotations__)

for src in ['def f(a: (y := 1)): pass', 'def f(a: (yield)): pass', 'x: (yield) = 1',
            'def f(a: lambda: 1): pass', 'x: (y:=1)', 'def f(a: await x): pass',
            'class A:\n  x: (yield)', 'def f() -> (yield from x): pass']:
    try:
        ns = {}
        exec(compile('from __future__ import annotations\n' + src, 's', 'exec'), ns)
        print(repr(src), ns['f'].__annotations__ if 'f' in ns else ns.get('__annotations__'))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e, e.offset)

# Without the future import (dont_inherit), annotations are evaluated again.
ns = {}
exec(compile('def f(a: int) -> "r": pass', 's', 'exec', dont_inherit=True), ns)
print(ns['f'].__annotations__)
