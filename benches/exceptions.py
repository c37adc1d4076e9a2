# Raising and catching: try/except/finally in a loop, exception objects, chaining.
def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i

def run(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except ValueError as e:
            caught += 1
        finally:
            total += 1
    return caught, total

print(run(300000))
