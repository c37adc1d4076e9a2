# IndentationError and TabError reported by compile()
def check(label, src):
    try:
        compile(src, '<test>', 'exec')
        print(label, '-> compiled OK')
    except SyntaxError as e:
        print(label, '->', type(e).__name__ + ':', e.msg, e.lineno)

check('body not indented', 'def f():\npass\n')
check('if body not indented', 'if True:\nx = 1\n')
check('for body not indented', 'for i in x:\nprint(i)\n')
check('unexpected indent', 'x = 1\n    y = 2\n')
check('unindent mismatch', 'if 1:\n    x = 1\n  y = 2\n')
check('missing body at end of file', 'def f():\n')
check('mixed tabs and spaces', 'if 1:\n        x = 1\n\ty = 2\n')
print("-- hierarchy")
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    compile('def f():\nreturn 1\n', '<t>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, isinstance(e, IndentationError))
