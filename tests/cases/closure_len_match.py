# len(__closure__) == len(co_freevars) for many closures
def check(f):
    n_clo = 0 if f.__closure__ is None else len(f.__closure__)
    print(f.__qualname__, n_clo, len(f.__code__.co_freevars), n_clo == len(f.__code__.co_freevars))

def f0():
    pass

def f1():
    a = 1
    def g():
        return a
    return g

def f3():
    a = b = c = 1
    def g():
        return a + b + c
    return g

def nested():
    x = 1
    def mid():
        y = 2
        def inner():
            return x + y
        return inner
    return mid

check(f0)
check(f1())
check(f3())
check(nested())
check(nested()())
check(lambda: 0)

def capture_all(p, q):
    r = p + q
    return lambda: (p, q, r)
check(capture_all(1, 2))

print("-- cell contents line up with freevars")
f = capture_all(10, 20)
print(dict(zip(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])))
