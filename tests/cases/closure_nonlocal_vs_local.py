# without nonlocal, assignment creates a new local
def outer():
    x = 'outer'
    def assigns():
        x = 'inner local'
        return x
    def reads():
        return x
    def modifies():
        nonlocal x
        x = 'modified'
    r1 = assigns()
    r2 = reads()
    modifies()
    return r1, r2, x
print(outer())

print("-- assignment anywhere makes it local: UnboundLocalError")
def outer2():
    y = 1
    def bad():
        try:
            print(y)
        except UnboundLocalError as e:
            print('UnboundLocalError:', e)
        y = 2
    bad()
    return y
print(outer2())

print("-- augmented assignment without nonlocal")
def outer3():
    z = 10
    def bad():
        z += 1
        return z
    try:
        bad()
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    return z
print(outer3())

print("-- mutation of a captured object needs no nonlocal")
def outer4():
    data = {'n': 0}
    def bump():
        data['n'] += 1
    bump()
    bump()
    return data
print(outer4())

print("-- inner's co_varnames vs co_freevars")
def outer5():
    a = 1
    b = 2
    def inner():
        nonlocal a
        b = 3
        a = 4
        return a, b
    return inner
i = outer5()
print(i.__code__.co_varnames, i.__code__.co_freevars)
print(i())
