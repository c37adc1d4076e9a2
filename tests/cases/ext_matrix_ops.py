def make(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]

def transpose(m):
    return [list(r) for r in zip(*m)]

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(map(lambda p: p[0] * p[1], zip(row, col))) for col in bt] for row in a]

def show(m):
    width = max(map(lambda v: len(str(v)), [v for r in m for v in r]))
    for r in m:
        print(" ".join([str(v).rjust(width) for v in r]))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(a)
show(transpose(a))
show(matmul(a, b))
ident = make(3, 3)
for i in range(3):
    ident[i][i] = 1
print(ident, matmul(ident, b) == b)
try:
    matmul(a, a)
except ValueError as e:
    print(type(e).__name__, e)
print([[round(v / 3, 2) for v in r] for r in a])
print(list(map(sum, a)), list(map(max, zip(*a))), [r[::-1] for r in a[::-1]])
det2 = lambda m: m[0][0] * m[1][1] - m[0][1] * m[1][0]
print(det2([[3, 8], [4, 6]]), det2([[1.5, 2], [3, 4]]))
