def swap(a, b):
    a, b = b, a
    return a, b

def rotate(a, b, c):
    a, b, c = c, a, b
    return a, b, c

def star(seq):
    first, *rest = seq
    *init, last = seq
    x, (y, z), *_ = seq
    return first, rest, init, last, x, y, z

for key, value in {"a": 1}.items():
    print(key, value)
