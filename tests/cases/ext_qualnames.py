def outer():
    def middle():
        def inner():
            pass
        return inner
    return middle()

class A:
    def method(self):
        def helper():
            pass
        return helper
    class B:
        def deep(self):
            return lambda: None
    lam = lambda self: None

print(outer.__qualname__, outer().__qualname__, outer().__code__.co_qualname)
print(A.method.__qualname__, A().method().__qualname__, A.B.__qualname__, A.B.deep.__qualname__)
print(A.B().deep().__qualname__, A.lam.__qualname__, A.B.__name__, A.__module__, A.B.__module__)
print([(lambda: 0).__qualname__ for _ in range(1)], outer.__module__)
def make_class():
    class Local:
        def m(self):
            pass
    return Local
L = make_class()
print(L.__qualname__, L.m.__qualname__, L.__name__, repr(L))
print(repr(A.B), repr(outer).split(" at ")[0], repr(outer()).split(" at ")[0])
def f():
    return [lambda: 1 for i in range(1)][0]
print(f().__qualname__, f.__code__.co_consts[1].co_qualname if len(f.__code__.co_consts) > 1 and hasattr(f.__code__.co_consts[1], "co_qualname") else [c for c in f.__code__.co_consts])
