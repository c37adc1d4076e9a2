class A:
    def m(self):
        "doc of m"
    @classmethod
    def c(cls): pass
a = A()
print(a.m.__name__, a.m.__qualname__, a.m.__doc__, a.m.__module__)
print(A.c.__name__, A.c.__qualname__)
print([].append.__name__, [].append.__qualname__)
try:
    a.m.nope
except AttributeError as e:
    print(e)
a.m.__func__.extra = 5
print(a.m.extra)
print(a.m.__defaults__, a.m.__code__.co_name)
