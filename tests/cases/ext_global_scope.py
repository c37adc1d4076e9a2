counter = 0
registry = {}

def bump(n=1):
    global counter
    counter += n
    return counter

def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco

@register("double")
def double(x):
    return 2 * x

@register("square")
def square(x):
    return x * x

print(bump(), bump(5), counter)
print(sorted(registry), registry["double"](21), registry["square"](5))

def make_global():
    global brand_new
    brand_new = "created"
make_global()
print(brand_new, "brand_new" in globals())

def shadow():
    counter = "local"
    return counter, globals()["counter"]
print(shadow())

def read_before_assign():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
    return counter
print(read_before_assign())

g = globals()
g["dynamic"] = 99
print(dynamic)
del g["dynamic"]
try:
    dynamic
except NameError as e:
    print(type(e).__name__, e)
def del_global():
    global counter
    del counter
del_global()
try:
    print(counter)
except NameError as e:
    print(type(e).__name__, e)
print(double.__globals__ is globals(), __name__, type(__builtins__).__name__ in ("module", "dict"))
x = 1
def nested_global():
    def inner():
        global x
        x = 2
    inner()
    return x
print(nested_global(), x)
