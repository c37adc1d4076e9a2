# global and nonlocal chosen per function; resolution precedence
v = 'global v'

def outer():
    v = 'outer v'
    def use_global():
        global v
        return v
    def use_nonlocal():
        nonlocal v
        return v
    def use_default():
        return v
    return use_global(), use_nonlocal(), use_default()

print(outer())

print("-- global in an outer function does not make inner's name global")
def outer2():
    global w
    w = 'set by outer2'
    def inner():
        return w
    return inner()
print(outer2())

print("-- nested function reads through a global declaration of an intermediate")
def level1():
    q = 'level1 q'
    def level2():
        global q
        def level3():
            return q
        return level3()
    return level2()
q = 'global q'
print(level1())

print("-- LEGB order")
value = 'G'
def L_E():
    value = 'E'
    def inner():
        value = 'L'
        return value
    return inner()
def E():
    value = 'E'
    def inner():
        return value
    return inner()
def G():
    def inner():
        return value
    return inner()
def B():
    def inner():
        return abs(-1)
    return inner()
print(L_E(), E(), G(), B())
