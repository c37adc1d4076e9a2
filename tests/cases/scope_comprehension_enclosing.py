# comprehensions reference enclosing function locals through closures
def f():
    factor = 10
    offset = 1
    return [i * factor + offset for i in range(3)]
print(f())
print(f.__code__.co_cellvars)

def only_iterable():
    items = [1, 2, 3]
    return [i for i in items]
print(only_iterable())
print(only_iterable.__code__.co_cellvars)

def in_condition():
    lim = 2
    return [i for i in range(5) if i > lim]
print(in_condition(), in_condition.__code__.co_cellvars)

print("-- comprehension at class-free module level uses globals")
g_factor = 7
print([i * g_factor for i in range(3)])

print("-- comprehension runs immediately, later rebinding is not seen")
def immediate():
    v = 1
    r = [v for _ in range(2)]
    v = 2
    return r
print(immediate())

print("-- comprehension reading a parameter and a nonlocal")
def outer(p):
    q = p * 2
    def inner():
        return [p + q + i for i in range(2)]
    return inner()
print(outer(5))

print("-- name errors inside a comprehension")
def broken():
    return [undefined_name for _ in range(1)]
try:
    broken()
except NameError as e:
    print('NameError:', e)
