# errors found after parsing (symbol table and compiler), with their locations
def check(src):
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), '-> OK')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

for src in [
    'def f():\n    global x\n    nonlocal x\n', 'def f():\n  nonlocal x\n  global x\n', 'count = 0\nnonlocal count\n',
    'nonlocal x\n', 'def f():\n  x=1\n  def g():\n    nonlocal x, y\n', 'def f(a):\n    global a\n',
    'def f():\n    print(x)\n    global x\n', 'def f():\n    global x\n    x: int = 1\n',
    'obj.__debug__ = 1\n', 'f(__debug__=1)\n', '__debug__: int\n', '__debug__: int = 1\n', 'def f(__debug__): pass\n',
    'lambda __debug__: 1\n', 'def f(*, x=lambda __debug__:0): pass\n', 'def __debug__(): pass\n',
    'class __debug__: pass\n', 'import __debug__\n', 'from x import __debug__\n', 'del __debug__\n',
    'x = 1\nfrom __future__ import annotations\n', 'def f():\n  from __future__ import division\n',
    'if 1: pass\nelse: return\n', 'if 1: pass\nelif x: break\n', 'while 0:\n  break\nelse:\n  continue\n',
    'while 0:\n  break\n', 'x = [i for i in (j := z)]\n', '[(x := 1) for x in y]\n',
    '{i for i in range(5) if (j := 0) for j in range(5)}\n', '[i for i in x for j in (i := y)]\n',
    'class A:\n  [i := 0 for j in x]\n', 'def f():\n  x = [await y for y in z]\n', 'await x\n',
    'def f(a, a): pass\n', 'f(a=1, a=2)\n', 'def f():\n  from os import *\n', 'return\n', 'yield\n',
    'class A:\n  return 1\n', 'break\n', 'def f():\n  continue\n',
]:
    check(src)
