# docstrings in functions and modules
"""Module docstring line."""

def one_line():
    """One line."""

def multi():
    """First line.

    Indented body.
        Extra indent.
    """

def single_quotes():
    'single quoted'

def raw():
    r"""raw \n doc"""

def bytes_not_doc():
    b"bytes"

def num_not_doc():
    42

print(repr(__doc__))
print(repr(one_line.__doc__))
print(repr(multi.__doc__))
print(repr(single_quotes.__doc__))
print(repr(raw.__doc__))
print(repr(bytes_not_doc.__doc__))
print(repr(num_not_doc.__doc__))
print("-- function with only a docstring returns None")
print(one_line())
print("-- docstring in co_consts")
print(one_line.__code__.co_consts[0])
print(num_not_doc.__code__.co_consts[0] is None or num_not_doc.__code__.co_consts[0] != 42)
print("-- lambda string body is not a doc")
lam = lambda: "value"
print(lam.__doc__, lam())
print("-- doc via compile")
ns = {}
exec('"""exec module doc"""\ndef q():\n    "q doc"\n', ns)
print(ns['__doc__'])
print(ns['q'].__doc__)
