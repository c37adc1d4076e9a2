# compile-time errors for global/nonlocal declarations
def check(label, src):
    try:
        compile(src, '<test>', 'exec')
        print(label, '-> compiled OK')
    except SyntaxError as e:
        print(label, '->', type(e).__name__ + ':', e.msg, e.lineno)

check('nonlocal at module level', 'nonlocal x\n')
check('nonlocal without binding', 'def f():\n    nonlocal x\n')
check('nonlocal without binding, nested', 'def f():\n    def g():\n        nonlocal y\n')
check('nonlocal cannot reach a global', 'x = 1\ndef f():\n    global x\n    def g():\n        nonlocal x\n')
check('parameter and global', 'def f(a):\n    global a\n')
check('parameter and nonlocal', 'def f():\n    a = 1\n    def g(a):\n        nonlocal a\n')
check('assigned before global', 'def f():\n    x = 1\n    global x\n')
check('used before global', 'def f():\n    print(x)\n    global x\n')
check('assigned before nonlocal', 'def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n')
check('used before nonlocal', 'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n')
check('nonlocal and global', 'def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n')
check('module-level nonlocal after assignment', 'count = 0\nnonlocal count\n')
check('annotated global', 'def f():\n    global x\n    x: int = 1\n')
print("-- valid declarations")
check('global at module level', 'global x\nx = 1\n')
check('nonlocal to enclosing', 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n')
check('nonlocal to parameter', 'def f(p):\n    def g():\n        nonlocal p\n')
check('global then nonlocal elsewhere', 'def f():\n    x = 1\n    def g():\n        global y\n        nonlocal x\n')
print("-- exec raises the same errors")
try:
    exec('def f():\n    nonlocal q\n')
except SyntaxError as e:
    print(e.msg, e.lineno)
