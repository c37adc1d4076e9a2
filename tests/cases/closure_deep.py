# closures at depth 4 and more
def d1(a):
    def d2(b):
        def d3(c):
            def d4(d):
                def d5(e):
                    return a + b + c + d + e
                return d5
            return d4
        return d3
    return d2

print(d1(1)(2)(3)(4)(5))
print(d1('a')('b')('c')('d')('e'))
f5 = d1(1)(2)(3)(4)
print(f5.__qualname__)
print(f5.__code__.co_freevars)
print([c.cell_contents for c in f5.__closure__])
f4 = d1(1)(2)(3)
print(f4.__code__.co_freevars)
print(d1.__code__.co_cellvars)

print("-- modification at depth")
def counter_tree():
    total = 0
    def a():
        def b():
            def c():
                def d():
                    nonlocal total
                    total += 1
                    return total
                return d
            return c
        return b
    d = a()()()
    d(); d(); d()
    return total
print(counter_tree())

print("-- recursive closure")
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
fact = make_fact()
print(fact(20))
print(fact.__code__.co_freevars)
print(fact.__closure__[0].cell_contents is fact)
