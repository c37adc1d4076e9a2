"""Module docstring."""

def folded():
    """Function docstring."""
    return 2 ** 10, -5, "ab" * 3, (1, (2, 3)), 1 + 2j, not 0

def defaults(a, b=(1, 2), *, c=-1, d="x"):
    return a, b, c, d

def dead():
    if 0:
        x = 99
    while False:
        pass
    return 7

SIZE = 60 * 60 * 24
