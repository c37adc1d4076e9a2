def g():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")
x = g()
next(x)
x.close()
