# walking the stack with f_back to build a call path
import sys

def path():
    names = []
    f = sys._getframe(1)
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return ' <- '.join(names)

def alpha():
    return path()

def beta():
    return alpha()

def gamma():
    return [beta() for _ in range(1)][0]

print(path())
print(alpha())
print(beta())
print(gamma())

print("-- stack depth")
def depth():
    n = 0
    f = sys._getframe()
    while f.f_back is not None:
        n += 1
        f = f.f_back
    return n

def nest(k):
    return depth() if k == 0 else nest(k - 1)
print([nest(k) for k in range(5)])

print("-- decorator wrapper appears in the stack")
def deco(fn):
    def wrapper():
        return fn()
    return wrapper
@deco
def decorated():
    return path()
print(decorated())

print("-- lambda and qualnames in the stack")
def qualpath():
    out = []
    f = sys._getframe(1)
    while f is not None:
        out.append(f.f_code.co_qualname)
        f = f.f_back
    return out
def outer():
    def inner():
        return (lambda: qualpath())()
    return inner()
print(outer())
