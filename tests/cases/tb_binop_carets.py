# traceback carets for a failing binary operation inside a larger expression
def compute(a, b, c):
    total = a * 2 + b / c - 1
    return total

print(compute(1, 2, 4))
compute(1, 2, 0)
