# sibling closures share cells; each call of outer makes new cells
def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            return 'insufficient'
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get

d, w, g = bank(100)
print(d(50), w(30), w(500), g())
print(d.__closure__[0] is w.__closure__[0] is g.__closure__[0])

d2, w2, g2 = bank(0)
print(d2(1), g(), g2())
print(d.__closure__[0] is d2.__closure__[0])

print("-- cells shared across nesting levels")
def level1():
    v = []
    def level2():
        def level3():
            v.append('l3')
            return v
        v.append('l2')
        return level3
    return level2, v
l2, v = level1()
l3 = l2()
print(l3())
print(l2.__closure__[0] is l3.__closure__[0])
print(v)

print("-- a cell per variable, not per closure")
def two_vars():
    a = 'A'
    b = 'B'
    def f1():
        return a
    def f2():
        return b
    def f3():
        return a + b
    return f1, f2, f3
f1, f2, f3 = two_vars()
print(f1.__closure__[0] is f3.__closure__[0])
print(f2.__closure__[0] is f3.__closure__[1])
print(f3.__code__.co_freevars)
