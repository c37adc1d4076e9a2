# global declarations and reading/writing module globals
counter = 0

def increment():
    global counter
    counter += 1
    return counter

def read_only():
    return counter

print(increment(), increment(), read_only())
print(counter)

print("-- global creates a new module variable")
def create():
    global brand_new
    brand_new = 'created in function'
create()
print(brand_new)
print('brand_new' in globals())

print("-- several names in one global statement")
def swap():
    global a, b
    a, b = b, a
a, b = 1, 2
swap()
print(a, b)

print("-- global in nested function refers to module scope")
x = 'module x'
def outer():
    x = 'outer x'
    def inner():
        global x
        x = 'set by inner'
    inner()
    return x
print(outer())
print(x)

print("-- global used in a loop")
total = 0
def add_all(items):
    global total
    for i in items:
        total += i
add_all(range(10))
add_all([100])
print(total)

print("-- global del")
def remove():
    global brand_new
    del brand_new
remove()
print('brand_new' in globals())
try:
    remove()
except NameError as e:
    print('NameError:', e)
