# dir() of a function object
def f(a, b=1):
    "doc"
    return a

names = dir(f)
print(names)
print(len(names))
print(names == sorted(names))

print("-- presence checks")
for n in ['__call__', '__closure__', '__code__', '__defaults__', '__dict__',
          '__doc__', '__globals__', '__kwdefaults__', '__module__', '__name__',
          '__qualname__', '__annotations__', '__builtins__', '__get__', '__repr__']:
    print(n, n in names)

print("-- user attributes show up")
f.custom = 1
print('custom' in dir(f))
print([n for n in dir(f) if not n.startswith('__')])

print("-- lambda has the same attribute names")
print(dir(lambda: 0) == [n for n in dir(f) if n != 'custom'])
