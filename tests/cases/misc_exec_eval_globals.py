# exec/eval/compile with explicit globals dicts
env = {'x': 3}
print(eval('x * 2', env))
exec('y = x + 1', env)
print(env['y'])
exec('def square(n):\n    return n * n', env)
print(env['square'](9))
print(env['square'].__globals__ is env)
print(eval('square(y)', env))

print("-- functions see their own globals")
exec('counter = 0\ndef bump():\n    global counter\n    counter += 1\n    return counter', env)
env['bump']()
env['bump']()
print(env['counter'])
print('counter' in globals())

print("-- compile once, run in several namespaces")
code = compile('result = a * b', '<mul>', 'exec')
for a, b in [(2, 3), (4, 5)]:
    ns = {'a': a, 'b': b}
    exec(code, ns)
    print(ns['result'])

print("-- eval with locals overriding globals")
print(eval('v', {'v': 'global'}, {'v': 'local'}))
print(eval('w', {'w': 'global only'}, {}))

print("-- __name__ inside exec namespace")
ns = {}
exec('name_seen = __name__', ns)
print(ns['name_seen'])
ns = {'__name__': 'custom'}
exec('def f():\n    pass\nmod = f.__module__', ns)
print(ns['mod'])

print("-- exec of code with a syntax error does not touch the namespace")
ns = {}
try:
    exec('a = 1\nb = (', ns)
except SyntaxError as e:
    print('SyntaxError:', e.msg)
print('a' in ns)

print("-- runtime error inside exec propagates")
try:
    exec('z = 1 / 0', {})
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
