# "[Previous line repeated N more times]" for recursion through __getattr__, __setattr__,
# __repr__ (via an f-string) and __init__: the counts depend on how CPython charges each
# kind of call against the recursion limit.
import sys


def show(f):
    try:
        f()
    except RecursionError as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


class Proxy:
    def __getattr__(self, name):
        return getattr(self, '_' + name)


class Setter:
    def __setattr__(self, name, value):
        setattr(self, name, value)


class Loop:
    def __repr__(self):
        return f'{self!r}'


def set_it():
    Setter().x = 1


show(lambda: Proxy().value)
show(set_it)
show(lambda: repr(Loop()))


class Tree:
    def __init__(self, depth):
        self.child = Tree(depth + 1)


Tree(0)
