total = 10

def add_to_total(n):
    total += n
    return total

def conditional(flag):
    if flag:
        value = "set"
    return value

def deleted():
    x = 1
    del x
    return x

def closure_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 5
    return inner()

for fn, arg in [(add_to_total, 1), (conditional, True), (conditional, False), (deleted, None)]:
    try:
        print(fn(arg) if arg is not None else fn())
    except NameError as e:
        print(fn.__name__, type(e).__name__, e, isinstance(e, UnboundLocalError))
print(closure_unbound())
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.args, e.name if hasattr(e, "name") else "-")
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
def del_twice():
    y = 2
    del y
    del y
try:
    del_twice()
except NameError as e:
    print(type(e).__name__, e)
def outer():
    z = 1
    def inner():
        nonlocal z
        del z
    inner()
    return z
try:
    outer()
except NameError as e:
    print(type(e).__name__, e)
conditional(False)
