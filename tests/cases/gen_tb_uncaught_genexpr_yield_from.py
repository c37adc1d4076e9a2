def inner():
    yield 1
    raise KeyError("deep")
def middle():
    yield from inner()
def outer():
    total = sum(x for x in middle())
    return total
outer()
