def g():
    try:
        yield 1
    finally:
        print("fin")
        1/0
x = g()
next(x)
x = None
print("end")
