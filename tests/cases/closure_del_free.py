# NameError/UnboundLocalError when a captured variable is deleted or unset
def outer_del():
    x = 1
    def inner():
        return x
    del x
    return inner

try:
    outer_del()()
except NameError as e:
    print(type(e).__name__ + ':', e)

print("-- free variable referenced before the outer assigns it")
def outer_early():
    def inner():
        return y
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
    y = 1
print(outer_early())

print("-- cell variable used in the outer function after del")
def cell_del():
    z = 1
    def inner():
        return z
    del z
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(cell_del())

print("-- plain local before assignment")
def local_unbound():
    try:
        print(w)
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
    w = 1
print(local_unbound())

print("-- local deleted")
def local_del():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(local_del())

print("-- UnboundLocalError is a NameError")
print(issubclass(UnboundLocalError, NameError))
print(UnboundLocalError.__bases__)
