# syntax errors surfacing from exec/eval/compile at runtime, and recovery
programs = [
    'print("ok")',
    'def f(:\n    pass',
    'x = [1, 2',
    'return',
    'for i in range(2):\n    print(i)',
    'lambda x, x: 0',
]
for src in programs:
    try:
        exec(src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg, '@', e.lineno)

print("-- eval needs an expression")
for expr in ['1 + 2', 'x = 1', 'if 1: pass', '', '(', '[i for i in range(3)]']:
    try:
        print(repr(expr), '=', eval(expr))
    except SyntaxError as e:
        print(repr(expr), '->', e.msg)

print("-- the program keeps running after a syntax error in exec")
def safe_exec(src, ns):
    try:
        exec(src, ns)
        return 'ok'
    except SyntaxError as e:
        return 'syntax error: ' + e.msg
ns = {}
print(safe_exec('a = 1', ns), safe_exec('a = ', ns), safe_exec('b = a + 1', ns))
print(ns['a'], ns['b'])
