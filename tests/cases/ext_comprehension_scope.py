x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix)
flat = [v for row in matrix for v in row if v % 2 == 0]
print(flat)
print({k: v for k, v in zip("abc", range(3)) if v}, {c.upper() for c in "hello"} == set("HELO"))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
def outer():
    y = 10
    return [y + i for i in range(3)]
print(outer())
class K:
    base = 100
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        broken = [base + v for v in vals]
    except NameError as e:
        err = str(e)
print(K.doubled, K.err)
def comp_code():
    return [a for a in range(2)]
print([c.co_name for c in comp_code.__code__.co_consts if hasattr(c, "co_name")])
n = 3
print([[(i, j) for j in range(i)] for i in range(n)])
print([i if i % 2 else -i for i in range(6)], [i for i in range(20) if i % 2 if i % 3])
res = [(yv := v * 10) for v in range(3)]
print(res, yv)
print(sorted({v % 3: v for v in range(10)}.items()))
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
