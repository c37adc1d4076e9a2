# compile-time errors for return/break/continue in the wrong place
def check(label, src):
    try:
        compile(src, '<test>', 'exec')
        print(label, '-> compiled OK')
    except SyntaxError as e:
        print(label, '->', e.msg, e.lineno)

check('return at module level', 'return 1\n')
check('return nested in if at module level', 'x = 1\nif x:\n    return\n')
check('break outside loop', 'break\n')
check('continue outside loop', 'continue\n')
check('break in function body', 'def f():\n    break\n')
check('continue in function inside loop', 'for i in range(3):\n    def f():\n        continue\n')
check('break in if inside function', 'def f():\n    if True:\n        break\n')
print("-- valid uses")
check('break in while', 'while True:\n    break\n')
check('continue in for inside try', 'for i in []:\n    try:\n        continue\n    finally:\n        pass\n')
check('return in nested function', 'def f():\n    def g():\n        return 1\n    return g\n')
check('break in finally', 'for i in []:\n    try:\n        pass\n    finally:\n        break\n')
check('return in lambda body is an expression', 'f = lambda: 1\n')
print("-- eval mode")
try:
    compile('return 5', '<e>', 'eval')
except SyntaxError as e:
    print('eval return ->', e.msg)
