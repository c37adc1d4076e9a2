a, b = 1, 2
a, b = b, a
print(a, b)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = "abc"
print(init, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
head, *rest = [1]
print(head, rest)
def u1(): a, b = 1, 2, 3
def u2(): a, b, c = 1, 2
def u3(): a, b = 1
def u4(): a, *b, c = [1]
def u5(): a, b = 'xyz'
def u6(): a, = []
def u7(): (a, b), c = [1, 2, 4], 3
def u8(): a, b = {'k': 1, 'j': 2, 'l': 3}
def u9(): a, b = None
def u10(): a, *b = 5
for fn in (u1, u2, u3, u4, u5, u6, u7, u8, u9, u10):
    try:
        fn()
        print(fn.__name__, "ok")
    except (ValueError, TypeError) as e:
        print(fn.__name__, "->", type(e).__name__, e)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}, {*"aa", *"b"} == {"a", "b"})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"z": 2}))
try:
    f(**{"k": 1}, k=2)
except TypeError as e:
    print(type(e).__name__, e)
