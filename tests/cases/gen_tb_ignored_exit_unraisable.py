def g():
    while True:
        try:
            yield
        except GeneratorExit:
            print("ignore")
x = g()
next(x)
del x
print("end")
