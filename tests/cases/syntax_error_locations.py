# SyntaxError class, message and full location (lineno, offset, end_lineno, end_offset)
# for common mistakes, as compile() reports them
def check(src, mode='exec'):
    try:
        compile(src, '<test>', mode)
        print(repr(src), '-> OK')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

for src in [
    'def f()\n    pass\n', 'class A\n  pass\n', 'if x  # comment\n  pass\n', 'for x in range(10)\n  pass\n',
    'while x = 3:\n   pass\n', 'if x.a = 3:\n   pass\n', 'def f:\n', 'def f(x, (y, z)):\n  pass\n',
    'try:\n   x = 34\n\n', 'try:\n  pass\nexcept A, B:\n  pass\n', 'with a as b\n  pass\n',
    'x = (1, 2\n', 'x = (1,\ny = 2 2\n', 'def broken(:\n', 'foo(a, b\n\nx = 1\n', 'x = [(1, 2]\n', 'print("a"))\n',
    'def f():\nreturn 1\n', 'if True:\n    pass\n  else:\n    pass\n', 'x = 1\n\ty = 2\n', 'if x:\n        a\n\tb\n',
    'if x:\n  \ta\n\t  b\n', 'def f():\n', 'if x:\n  pass\nelse:\n',
    '1 = x\n', 'f() = 1\n', 'lambda: 1 = 1\n', 'a if b else c = 1\n', '(a, b()) = 1\n', 'del f()\n', 'for 1 in x: pass\n',
    'with a as f(): pass\n', '(a, b) += 1\n', 'a, b: int\n', '(1 := 2)\n', 'x = yield = 1\n',
    'f(a.b=1)\n', 'f(True=1)\n', 'f(**a, *b)\n', 'f(a=1, b)\n', 'f(1, x for x in y)\n', 'f(a b)\n', 'f(c d)\n',
    '[c d]\n', '[x d]\n', '[c[0] d]\n', '[1, 2 3]\n', '{1: 2, 3 4}\n', '{1: 2, 3: 4 5}\n', '{1:}\n', '{1: *a}\n',
    '[x, y for x, y in z]\n', '[*a for a in b]\n', 'print "hello"\n', 'x = 1 if y\n', 'x = 0777\n', 'x = 1_\n',
    'x = 0b102\n', 'x = 1e\n', 'x = 123abc\n', "x = 'abc\n", '"""abc\n\nx = 1\n', 'x = 1 $ 2\n', 'x = 1 \\ y\n',
    'x = = 1\ny = \'abc\n', 'x = "\\x4"\n', 'x = b"\\x4"\n', 'x = "\\N{nope}"\n', 'x = b"\u00e9"\n', 'x = "a" b"b"\n',
    'def f(a, /, /): pass\n', 'def f(*a, *b): pass\n', 'def f(**k=1): pass\n', 'def f(a=1, b): pass\n',
    'lambda *: 1\n', 'lambda x=: 1\n', 'def f(*, **k): pass\n', 'import a as b.c\n', 'from x import a,\n',
    'else:\n  pass\n', 'try:\n  pass\nexcept* :\n  pass\n', 'match x:\n  case a as _:\n    pass\n',
    'match x:\n  case 1j + 2:\n    pass\n', 'x = a[::,]\n', 'raise X, "msg"\n', 'x = 1 +\n', 'if x:\n\n\n  pass\n   pass\n',
]:
    check(src)
print('-- eval')
for src in ['1 +', '(1', 'x = 1', 'a b', '', '1; 2', '{1: 2, 3 4}']:
    check(src, 'eval')
print('-- single')
for src in ['x = 1\ny = 2', '', '\n', 'if 1:\npass', '1 +']:
    check(src, 'single')
