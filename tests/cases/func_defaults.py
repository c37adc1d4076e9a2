# default parameter values
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct

print("-- defaults used")
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', 'Hey', '?'))
print(greet('Di', punct='.'))
print(greet(punct='...', name='Ed'))
print("-- __defaults__")
print(greet.__defaults__)
print(greet.__kwdefaults__)

def f(a, b=None, c=0, d=()):
    return (a, b, c, d)

print(f(1))
print(f(1, 2, 3, 4))
print(f.__defaults__)
print(len(f.__defaults__))

print("-- defaults are expressions evaluated at def time")
base = 10
def g(x=base * 2, y=[base]):
    return x, y
base = 99
print(g())
print(g.__defaults__)

print("-- default referencing earlier function")
def h(fn=len):
    return fn('abcd')
print(h())
print(h(fn=lambda s: s.upper()))

print("-- None default idiom")
def append_to(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(append_to(1))
print(append_to(2))
print(append_to(3, [0]))
