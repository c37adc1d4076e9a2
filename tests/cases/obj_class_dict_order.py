# The order of a class body's implicit names: __module__, __qualname__ (removed later),
# __annotations__, __doc__, then the body's.
class NoDoc:
    b: int = 1
class WithDoc:
    "doc"
    a: str
    def f(self): pass
class Plain:
    x = 1
for c in (NoDoc, WithDoc, Plain):
    print(c.__name__, list(c.__dict__))
