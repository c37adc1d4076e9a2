def numbers():
    yield 1
    yield 1 / 0
def consume():
    return [n * 2 for n in numbers()]
consume()
