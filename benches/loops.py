# Plain loops: while/for over range, local int arithmetic, augmented assignment.
def run(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    for j in range(n):
        if j & 1:
            total -= j
        else:
            total += j >> 1
    return total

print(run(1500000))
