# dir() of modules and builtin objects (filtered for stability)
import sys
import types

print("-- public names of a list")
print([n for n in dir([]) if not n.startswith('_')])
print("-- public names of a dict")
print([n for n in dir({}) if not n.startswith('_')])
print("-- public names of a tuple")
print([n for n in dir(()) if not n.startswith('_')])
print("-- selected str methods present")
names = dir('')
print([m for m in ['upper', 'lower', 'split', 'join', 'strip', 'replace', 'startswith', 'format', 'isdigit', 'zfill', 'casefold'] if m in names])
print("-- int")
print([n for n in dir(0) if not n.startswith('_')])
print("-- dir results are sorted")
for obj in [[], {}, '', 0, len, sys]:
    d = dir(obj)
    print(d == sorted(d), end=' ')
print()
print("-- dunder methods")
print('__add__' in dir(1), '__len__' in dir([]), '__call__' in dir(len), '__getitem__' in dir({}))
print("-- modules")
print('_getframe' in dir(sys), 'FunctionType' in dir(types), 'CellType' in dir(types))
