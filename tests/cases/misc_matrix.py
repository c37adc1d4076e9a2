# matrices as lists of lists, manipulated by functions
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result

def show(m):
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print(' '.join([str(v).rjust(width) for v in row]))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(transpose(a))
show(identity(3))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])

def determinant(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * determinant(minor)
    return total
print(determinant([[2]]), determinant([[1, 2], [3, 4]]), determinant([[6, 1, 1], [4, -2, 5], [2, 8, 7]]))
print(determinant(identity(5)))
