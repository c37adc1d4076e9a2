def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump

def two_levels():
    total = 0
    def level1():
        def level2(v):
            nonlocal total
            total = total + v
        level2(1)
    level1()
    return total

G = 0
def set_global():
    global G
    G = G + 1
