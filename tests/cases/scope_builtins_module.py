# __builtins__ and the builtins namespace
import sys
bmod = sys.modules['builtins']
print(type(bmod).__name__)
print(bmod.__name__)
print(bmod.len is len)
print(__builtins__ is bmod)
print(hasattr(bmod, 'print'), hasattr(bmod, 'nope'))

print("-- adding a builtin makes it visible everywhere")
bmod.my_builtin = lambda: 'custom builtin'
def uses():
    return my_builtin()
print(uses())
del bmod.my_builtin
try:
    uses()
except NameError as e:
    print('NameError:', e)

print("-- exec with restricted builtins")
ns = {'__builtins__': {'abs': abs}}
print(eval('abs(-3)', ns))
try:
    eval('len([])', ns)
except NameError as e:
    print('NameError:', e)

print("-- exec inserts __builtins__ into globals")
g = {}
exec('pass', g)
print('__builtins__' in g)
print(g['__builtins__'] is bmod.__dict__ or g['__builtins__'] is bmod)

print("-- some builtin names")
for name in ['abs', 'len', 'print', 'range', 'ValueError', 'None', 'True', 'Ellipsis', '__name__']:
    print(name, hasattr(bmod, name))
