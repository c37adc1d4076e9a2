def count(n):
    i = 0
    while i < n:
        x = yield i
        if x:
            i = x
        i += 1
    return "done"


def delegate(it):
    result = yield from it
    yield result


squares = (v * v for v in range(10) if v % 2)


def guarded():
    try:
        yield 1
    finally:
        print("closed")
