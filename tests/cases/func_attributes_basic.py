# basic function attributes: __name__, __qualname__, __module__, __doc__
def top():
    "Top-level docstring."
    return 1

def nodoc():
    return 2

def outer():
    def inner():
        """Inner doc.

        More lines here.
        """
        pass
    return inner

lam = lambda: 0

print("-- __name__")
print(top.__name__, nodoc.__name__, outer().__name__, lam.__name__)
print("-- __qualname__")
print(top.__qualname__, outer().__qualname__, lam.__qualname__)
print("-- __module__")
print(top.__module__, outer().__module__, lam.__module__)
print(__name__)
print("-- __doc__")
print(repr(top.__doc__))
print(repr(nodoc.__doc__))
print(repr(outer().__doc__))
print(repr(lam.__doc__))
print("-- doc is co_consts[0] for functions with docstring")
print(top.__code__.co_consts[0] == top.__doc__)
print("-- string expression that is not first is not a docstring")
def late():
    x = 1
    "not a doc"
    return x
print(late.__doc__)
print("-- f-string is not a docstring")
def fdoc():
    f"doc {1}"
print(fdoc.__doc__)
print("-- builtin function attributes")
print(len.__name__, len.__qualname__, len.__module__)
print(len.__doc__.splitlines()[0])
print(type(len).__name__)
print(abs.__name__, print.__name__)
