# traceback for an expression spanning several lines
def combine(a, b, c):
    return (a +
            b +
            c)

print(combine(1, 2, 3))
combine(1, 2, 'three')
