calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True, "a" < "b" < "c" != "d")
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
x = 5
print(0 <= x < 10, not 0 <= x < 3, 1 is not None is not False)
print(None or 0 or "" or "last", 1 and 2 and 3, [] and "never", 0 or [] or {}, not [], not not "x")
def side(label, val):
    print("eval", label)
    return val
print(side("a", 0) and side("b", 1))
print(side("c", 1) or side("d", 1))
print(side("e", 2) if side("cond", True) else side("f", 3))
print([1, 2] in [[1, 2], 3], 2 not in (1, 3), "ab" in "cabd", "" in "x", None in [0, False])
print(1 < 2.5 < 3, 10**20 > 1e19, 2**53 + 1 == float(2**53 + 1), 0.1 + 0.2 == 0.3, (1, "a") < (1, "b"))
a = b = []
print(a is b, a == [], [] is [], (lambda: 0) == (lambda: 0))
try:
    1 < "1"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] < {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 1
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", None == 0, [] == (), {} == set(), 1.0 == 1 == 1 + 0j)
