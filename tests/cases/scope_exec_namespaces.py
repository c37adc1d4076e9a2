# exec/eval with explicit globals and locals dicts
g = {'x': 10}
exec('y = x * 2', g)
print(g['y'])
print(sorted([k for k in g if k != '__builtins__']))

print("-- separate locals")
gl = {'a': 1}
lo = {'b': 2}
exec('c = a + b', gl, lo)
print(lo)
print('c' in gl)

print("-- functions defined in exec with separate locals see globals only")
gl = {}
lo = {}
exec('v = 5\ndef f():\n    try:\n        return v\n    except NameError as e:\n        return "NameError: " + str(e)\n', gl, lo)
print(lo['f']())

print("-- eval returns a value")
print(eval('a * 3', {'a': 7}))
print(eval('[i for i in range(n)]', {'n': 4}))
print(eval('x + y', {'x': 1}, {'y': 2}))

print("-- exec returns None; eval of expression statement")
print(exec('1 + 1', {}))

print("-- exec sees current globals by default")
module_var = 'mv'
exec('result_var = module_var.upper()')
print(result_var)

print("-- exec inside a function does not create locals")
def inside():
    exec('z = 1')
    try:
        return z
    except NameError as e:
        return 'NameError: ' + str(e)
print(inside())

print("-- exec inside function with explicit dict")
def inside2():
    ns = {}
    exec('z = 2', ns)
    return ns['z']
print(inside2())

print("-- globals must be a dict")
try:
    exec('1', [])
except TypeError as e:
    print('TypeError:', e)
try:
    eval('1', None, 5)
except TypeError as e:
    print('TypeError:', e)
