# nested comprehensions and their scopes
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row])
print([v for row in matrix for v in row if v % 2])
print([(a, b) for a in range(3) for b in range(a)])

print("-- inner comprehension uses outer comprehension variable")
print([[x * y for y in range(1, 4)] for x in range(1, 4)])

print("-- dict of sets")
print({k: sorted({k * m for m in range(3)}) for k in range(3)})

print("-- first iterable evaluated in the enclosing scope")
def f():
    n = 3
    return [[j for j in range(n)] for _ in range(n)]
print(f())

print("-- conditions referencing outer function variables")
def g(threshold):
    data = [5, 1, 8, 3, 9]
    return [d for d in data if d > threshold]
print(g(4))

print("-- comprehension inside lambda inside comprehension")
fs = [lambda k=k: [k * i for i in range(3)] for k in range(3)]
print([f() for f in fs])
