# positional parameters, return values, call results used in expressions
def add(a, b):
    return a + b

def mul3(a, b, c):
    return a * b * c

def nothing():
    pass

def early(x):
    if x < 0:
        return 'negative'
    if x == 0:
        return
    return 'positive'

print("-- add")
print(add(1, 2))
print(add('ab', 'cd'))
print(add([1], [2, 3]))
print(add(add(1, 2), add(3, 4)))
print("-- mul3")
print(mul3(2, 3, 4))
print(mul3('x', 2, 3))
print("-- implicit None")
print(nothing())
print(nothing() is None)
print("-- early return")
for v in (-5, 0, 5):
    print(v, early(v))
print("-- keyword calls of positional params")
print(add(b=10, a=1))
print(add(1, b=2))
print(mul3(1, c=3, b=2))
print("-- function as value")
g = add
print(g(5, 6))
print(g is add)
print(g.__name__)
fs = [add, mul3]
print(fs[0](1, 1), fs[1](1, 2, 3))
