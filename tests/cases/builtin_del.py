# del of names, subscripts, slices and attributes
a = 1
b = [0, 1, 2, 3, 4, 5]
del a
print('a' in globals())
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
b = list(range(10))
del b[::3]
print(b)
del b[:]
print(b)
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
print(d)
print("-- del of several targets")
p, q, r = 1, 2, 3
del p, q
print('p' in globals(), 'q' in globals(), r)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
print("-- del of attributes")
def f():
    pass
f.attr = 1
del f.attr
print(hasattr(f, 'attr'))
print("-- del in functions")
def g():
    local = 'x'
    del local
    return 'local' in dir()
print(g())
print("-- errors")
try:
    del d['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    del b[5]
except IndexError as e:
    print('IndexError:', e)
try:
    del undefined_name
except NameError as e:
    print('NameError:', e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print('TypeError:', e)
print("-- del tuple/list targets")
x, y = 1, 2
del (x, y)
print('x' in globals())
