# globals() returns the module namespace dict
import sys

print(type(globals()).__name__)
print(globals() is globals())
print(globals()['__name__'])
print('__builtins__' in globals())
print('__file__' in globals())
print(globals()['__file__'].endswith('scope_globals_dict.py'))

print("-- writing to globals() creates variables")
globals()['made_up'] = 42
print(made_up)

print("-- function sees the same dict")
def fn_globals():
    return globals()
print(fn_globals() is globals())

print("-- keys are in definition order")
first_var = 1
second_var = 2
keys = list(globals())
print(keys.index('first_var') < keys.index('second_var'))
print(keys[0])

print("-- module dunder names")
for k in ['__name__', '__doc__', '__builtins__', '__file__']:
    print(k, k in globals())
print(repr(__doc__))

print("-- deleting through globals()")
del globals()['made_up']
try:
    made_up
except NameError as e:
    print('NameError:', e)

print("-- sys.modules['__main__']")
print(sys.modules['__main__'].__dict__ is globals())
print(sys.modules['__main__'].first_var)
