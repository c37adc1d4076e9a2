# functions that build and return functions
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul

print("-- multipliers")
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
print(double.__name__, double.__qualname__)
print(double is triple)
print(double.__code__ is triple.__code__)
print(double.__closure__[0].cell_contents, triple.__closure__[0].cell_contents)

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    return counter

print("-- counters are independent")
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1(), c2())

def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {'add': add, 'sub': sub}

print("-- returning several functions")
ops = make_ops()
print(ops['add'](5, 3), ops['sub'](5, 3))
print(sorted([fn.__qualname__ for fn in ops.values()]))

def chooser(kind):
    if kind == 'upper':
        def f(s):
            return s.upper()
    elif kind == 'lower':
        def f(s):
            return s.lower()
    else:
        f = lambda s: s
    return f

print("-- conditional definition")
for k in ['upper', 'lower', 'other']:
    fn = chooser(k)
    print(k, fn('MiXeD'), fn.__qualname__)

print("-- returning a function that returns a function")
def level1():
    def level2():
        def level3():
            return 'deep'
        return level3
    return level2
print(level1()()())
print(level1()().__qualname__)
