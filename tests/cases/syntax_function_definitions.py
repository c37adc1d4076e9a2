# compile-time errors in function signatures
def check(label, src):
    try:
        compile(src, '<test>', 'exec')
        print(label, '-> compiled OK')
    except SyntaxError as e:
        print(label, '->', e.msg, e.lineno)

check('duplicate argument', 'def f(a, a):\n    pass\n')
check('duplicate with keyword-only', 'def f(a, *, a):\n    pass\n')
check('duplicate with *args', 'def f(a, *a):\n    pass\n')
check('duplicate with **kwargs', 'def f(a, **a):\n    pass\n')
check('duplicate in lambda', 'lambda x, x: 0\n')
check('duplicate on a later line', 'x = 1\n\ndef g(p,\n      q,\n      p):\n    pass\n')
check('non-default after default', 'def f(a=1, b):\n    pass\n')
check('non-default after default, lambda', 'lambda a=1, b: 0\n')
check('non-default after default, posonly', 'def f(a=1, /, b):\n    pass\n')
check('bare * without names', 'def f(*):\n    pass\n')
check('bare * followed by **kwargs', 'def f(*, **k):\n    pass\n')
check('two * markers', 'def f(*a, *b):\n    pass\n')
check('argument after **kwargs', 'def f(**k, a):\n    pass\n')
check('/ after *', 'def f(*, a, /):\n    pass\n')
check('/ first', 'def f(/, a):\n    pass\n')
print("-- valid signatures")
check('keyword-only without default after default', 'def f(a=1, *, b):\n    pass\n')
check('all kinds', 'def f(a, /, b=2, *c, d, e=5, **g):\n    pass\n')
check('lambda all kinds', 'lambda a, /, b=2, *c, d, **e: 0\n')
