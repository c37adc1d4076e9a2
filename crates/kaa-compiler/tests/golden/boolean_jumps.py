def check(a, b, c):
    if a and b or c:
        return 1
    if not a:
        return 2
    if a or (b and not c):
        return 3
    return 4

def pick(a, b):
    return a if a > b else b

def default(x):
    return x or "empty"

def both(x, y):
    return x and y
