# basic closures capture variables from enclosing function scopes
def outer(x):
    def inner(y):
        return x + y
    return inner

add10 = outer(10)
print(add10(5))
print(outer('a')('b'))
print(add10.__closure__ is not None)
print(len(add10.__closure__))
print(add10.__closure__[0].cell_contents)
print(add10.__code__.co_freevars)

print("-- captured variable changed after inner is created")
def late():
    value = 'before'
    def get():
        return value
    value = 'after'
    return get
print(late()())

print("-- inner sees the last binding made before outer returned")
def snapshot():
    items = []
    def get():
        return items
    items.append(1)
    items = ['rebound']
    return get
print(snapshot()())

print("-- capturing several variables")
def multi(a, b, c):
    d = a * b
    def show():
        return (a, b, c, d)
    return show
m = multi(2, 3, 4)
print(m())
print(m.__code__.co_freevars)
print([cell.cell_contents for cell in m.__closure__])

print("-- closure over loop variable of the outer function")
def builder(words):
    results = []
    for w in words:
        pass
    def last():
        return w
    return last
print(builder(['x', 'y', 'z'])())

print("-- global functions have no closure")
def g():
    return 0
print(g.__closure__)
