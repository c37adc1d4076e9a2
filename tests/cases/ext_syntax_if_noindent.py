def check(x):
    if x > 0:
    return "pos"
    return "neg"
