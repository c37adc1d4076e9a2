def in_range(lo, x, hi):
    return lo <= x < hi

def four(a, b, c, d):
    return a < b == c > d

def membership(x, xs):
    return x in xs and x not in (1, 2) and x is not None
