# comprehension variables do not leak into the enclosing scope
x = 'outer x'
squares = [x * x for x in range(5)]
print(squares)
print(x)

evens = {y for y in range(10) if y % 2 == 0}
print(sorted(evens))
try:
    y
except NameError as e:
    print('NameError:', e)

d = {k: v for k, v in [('a', 1), ('b', 2)]}
print(d)
print('k' in globals(), 'v' in globals())

print("-- inside a function")
def f():
    i = 'keep'
    data = [i for i in range(3)]
    return i, data
print(f())

print("-- for loop variables DO leak")
for leaked in range(3):
    pass
print(leaked)

print("-- comprehension variable in locals() of the function")
def g():
    result = [n for n in range(2)]
    return sorted(locals())
print(g())

print("-- walrus in comprehension binds in the enclosing scope")
def h():
    found = [last := n for n in range(4)]
    return last, found
print(h())
