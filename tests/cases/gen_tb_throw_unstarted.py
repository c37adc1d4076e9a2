def g():
    yield 1
it = g()
it.throw(ValueError("thrown"))
