# co_cellvars and co_freevars
def outer(a, b):
    c = 3
    d = 4
    def inner():
        return a + c
    return inner

o = outer.__code__
i = outer(1, 2).__code__
print('outer cellvars', o.co_cellvars)
print('outer freevars', o.co_freevars)
print('outer varnames', o.co_varnames)
print('inner cellvars', i.co_cellvars)
print('inner freevars', i.co_freevars)
print('inner varnames', i.co_varnames)

print("-- three levels: middle passes through")
def l1():
    x = 'x'
    y = 'y'
    def l2():
        z = 'z'
        def l3():
            return x + z
        return l3
    return l2
l2 = l1()
l3 = l2()
print('l1', l1.__code__.co_cellvars, l1.__code__.co_freevars)
print('l2', l2.__code__.co_cellvars, l2.__code__.co_freevars)
print('l3', l3.__code__.co_cellvars, l3.__code__.co_freevars)
print(l3())

print("-- a variable both free and cell (nonlocal used by inner-inner)")
def a():
    v = 0
    def b():
        nonlocal v
        v += 1
        def c():
            return v
        return c
    return b
b = a()
print('b', b.__code__.co_cellvars, b.__code__.co_freevars)
print('c', b().__code__.co_freevars)

print("-- lambda and comprehension capture")
def lc(n):
    m = 10
    return [lambda: n + m for _ in range(1)][0]
f = lc(5)
print(lc.__code__.co_cellvars)
print(f.__code__.co_freevars)
print(f())

print("-- order of cellvars/freevars is sorted by name")
def order():
    zeta = 1
    alpha = 2
    mid = 3
    def use():
        return zeta, alpha, mid
    return use
print(order.__code__.co_cellvars)
print(order().__code__.co_freevars)

print("-- no closure")
def plain():
    return 1
print(plain.__code__.co_cellvars, plain.__code__.co_freevars)
