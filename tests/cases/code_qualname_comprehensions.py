# qualnames of comprehension code objects, observed through frames
import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name + ' | ' + f.f_code.co_qualname

print("-- module level")
print([where() for _ in range(1)][0])
print({where() for _ in range(1)})
print({k: where() for k in range(1)})

def func():
    a = [where() for _ in range(1)][0]
    b = list({where() for _ in range(1)})[0]
    c = {0: where() for _ in range(1)}[0]
    return a, b, c

print("-- inside a function")
for item in func():
    print(item)

print("-- nested comprehension")
def nested():
    return [[where() for _ in range(1)][0] for _ in range(1)][0]
print(nested())

print("-- lambda inside a comprehension")
def lam_in_comp():
    fs = [lambda: where() for _ in range(1)]
    return fs[0]()
print(lam_in_comp())
print([lambda: 0 for _ in range(1)][0].__qualname__)
