def stop():
    yield 1
    raise StopIteration
for i in stop():
    print(i)
