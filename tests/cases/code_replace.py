# code.replace() creates a modified copy
def f(a, b):
    return a + b

c = f.__code__
c2 = c.replace(co_name='renamed')
print(c2.co_name, c.co_name)
print(c2 is c)
print(c2.co_varnames == c.co_varnames)
print(type(c2).__name__)

print("-- function from replaced code")
import types
g = types.FunctionType(c2, globals())
print(g.__name__)
print(g(2, 3))

print("-- replace qualname and filename")
c3 = c.replace(co_qualname='Q.renamed', co_filename='fake.py')
print(c3.co_qualname, c3.co_filename)
print(c3.co_firstlineno == c.co_firstlineno)

print("-- replace firstlineno")
c4 = c.replace(co_firstlineno=1000)
print(c4.co_firstlineno)

print("-- replace constants")
def greet():
    return 'hello'
gc = greet.__code__
new_consts = tuple(['bye' if k == 'hello' else k for k in gc.co_consts])
greet.__code__ = gc.replace(co_consts=new_consts)
print(greet())

print("-- replace with no changes equals original")
print(c.replace() == c)

print("-- errors")
try:
    c.replace(co_name=5)
except TypeError as e:
    print('TypeError:', e)
try:
    c.replace(bogus=1)
except TypeError as e:
    print('TypeError:', e)
