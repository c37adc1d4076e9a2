# shadowing builtins locally, globally and restoring them
def local_shadow():
    list = 'not a list'
    return list
print(local_shadow())
print(list('ab'))

print("-- global shadow affects functions")
def uses_max():
    return max(3, 7)
max = min
print(uses_max())
del max
print(uses_max())

print("-- shadow with parameter")
def param_shadow(str):
    return str * 2
print(param_shadow(4))
print(str(4))

print("-- builtins module still accessible")
import sys
b = sys.modules['builtins']
def real_len():
    len = 0
    return b.len('abc'), len
print(real_len())

print("-- shadowing print inside a function")
def quiet():
    print = lambda *a: None
    print('should not appear')
    return 'quiet done'
print(quiet())

print("-- shadowing exception names")
def shadow_exc():
    ValueError = KeyError
    try:
        raise ValueError('k')
    except KeyError as e:
        return 'caught KeyError: ' + repr(e)
print(shadow_exc())

print("-- True/False/None cannot be shadowed (syntax)")
for src in ['True = 1', 'None = 0', 'def f(None): pass']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(e.msg)
