# compile() results used with exec and eval; code objects as values
exprs = ['1 + 2 * 3', '[x * x for x in range(4)]', "'-'.join(['a', 'b'])", '(lambda n: n + 1)(41)']
for src in exprs:
    code = compile(src, '<expr>', 'eval')
    print(src, '=>', eval(code))

program = '''
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
results = [fact(i) for i in range(8)]
'''
code = compile(program, 'program.py', 'exec')
ns = {}
exec(code, ns)
print(ns['results'])
print(ns['fact'].__code__.co_filename, ns['fact'].__code__.co_firstlineno)
print(ns['fact'].__qualname__)

print("-- a code object can be evaluated many times")
counter = compile('n + 1', '<inc>', 'eval')
n = 0
for _ in range(5):
    n = eval(counter)
print(n)

print("-- dont_inherit and flags are accepted")
c = compile('x = 1', '<s>', 'exec', 0, True)
print(type(c).__name__)

print("-- compile errors carry the filename")
try:
    compile('def broken(:\n', 'broken.py', 'exec')
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)
