# nonlocal across several levels
def l1():
    x = 'l1'
    def l2():
        def l3():
            def l4():
                nonlocal x
                x = x + '>l4'
                return x
            return l4
        return l3
    f = l2()()
    f()
    f()
    return x, f
val, f = l1()
print(val)
print(f())
print(f.__code__.co_freevars)

print("-- nonlocal binds to the nearest enclosing scope")
def a():
    v = 'a'
    def b():
        v = 'b'
        def c():
            nonlocal v
            v = 'c set b'
        c()
        return v
    r = b()
    return v, r
print(a())

print("-- nonlocal and a parameter of the enclosing function")
def outer(n):
    def dec():
        nonlocal n
        n -= 1
        return n
    results = [dec() for _ in range(3)]
    return results, n
print(outer(10))

print("-- levels each with their own nonlocal")
def top():
    count = 0
    def mid():
        nonlocal count
        count += 1
        def bot():
            nonlocal count
            count += 100
        bot()
    mid()
    mid()
    return count
print(top())
