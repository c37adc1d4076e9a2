# reading cell_contents of closure cells
def make(a, b):
    c = [a, b]
    def f():
        return a, b, c
    return f

f = make(1, 'two')
for name, cell in zip(f.__code__.co_freevars, f.__closure__):
    print(name, repr(cell.cell_contents))

print("-- contents reflect later mutation")
f.__closure__[2].cell_contents.append('three')
print(f())

print("-- nonlocal updates are visible through the cell")
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = counter()
cell = inc.__closure__[0]
print(cell.cell_contents)
inc()
inc()
print(cell.cell_contents)

print("-- writes through the cell are visible to the function")
cell.cell_contents = 100
print(inc())
print(cell.cell_contents)

print("-- sibling closures share the cell object")
def pair():
    shared = 'init'
    def get():
        return shared
    def set(v):
        nonlocal shared
        shared = v
    return get, set
get, set_ = pair()
print(get.__closure__[0] is set_.__closure__[0])
set_('changed')
print(get())
get.__closure__[0].cell_contents = 'via cell'
print(get())
