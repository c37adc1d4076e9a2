# the first iterable of a comprehension is evaluated in the enclosing scope
def f():
    data = [1, 2, 3]
    return [d * 2 for d in data]
print(f())
print(f.__code__.co_cellvars)

print("-- evaluated once, before the loop")
calls = []
def source():
    calls.append('source')
    return range(3)
print([x for x in source()])
print(calls)

print("-- inner iterables are evaluated per outer iteration")
calls.clear()
def inner_src(n):
    calls.append(n)
    return range(n)
print([(a, b) for a in range(3) for b in inner_src(a)])
print(calls)

print("-- error in the first iterable is raised before the comprehension")
def bad():
    return [x for x in 5]
try:
    bad()
except TypeError as e:
    print('TypeError:', e)

print("-- shadowing: name used as iterable and target")
x = [10, 20]
print([x for x in x])
print(x)
