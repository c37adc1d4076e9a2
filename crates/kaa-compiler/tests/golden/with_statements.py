def read(path):
    with open(path) as fh:
        return fh.read()

def nested(a, b):
    with a as x, b as (y, z):
        print(x, y, z)

def swallow(cm):
    with cm:
        pass
    return 1
