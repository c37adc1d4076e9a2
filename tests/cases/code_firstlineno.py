# co_firstlineno points at the def line (or first decorator)
def a():
    pass

def b(x,
      y):
    return x


def deco(fn):
    return fn

@deco
def c():
    pass

@deco
@deco
def d():
    pass

lam = lambda: 0

def outer():
    def inner():
        pass
    return inner

print('a', a.__code__.co_firstlineno)
print('b', b.__code__.co_firstlineno)
print('deco', deco.__code__.co_firstlineno)
print('c', c.__code__.co_firstlineno)
print('d', d.__code__.co_firstlineno)
print('lam', lam.__code__.co_firstlineno)
print('outer', outer.__code__.co_firstlineno)
print('inner', outer().__code__.co_firstlineno)

print("-- compiled code")
src = "\n\nx = 1\ndef f():\n    pass\n"
code = compile(src, "<src>", "exec")
print(code.co_firstlineno)
ns = {}
exec(code, ns)
print(ns['f'].__code__.co_firstlineno)
