# lambda defaults are evaluated in the enclosing scope at creation time
x = 'global'
def outer():
    x = 'enclosing'
    f = lambda v=x: v
    g = lambda: x
    x = 'changed'
    return f(), g()
print(outer())

print("-- defaults referencing earlier parameters are not allowed; use enclosing names")
base = 100
f = lambda a, b=base: a + b
base = 0
print(f(1))
print(f.__defaults__)

print("-- default evaluated once per lambda creation")
count = [0]
def bump():
    count[0] += 1
    return count[0]
lams = [lambda v=bump(): v for _ in range(3)]
print([l() for l in lams])
print(count)

print("-- kwonly default in lambda")
k = lambda *, sep=', ': sep.join('abc')
print(k(), k(sep='-'))
print(k.__kwdefaults__)

print("-- lambda default in comprehension uses comprehension variable")
fs = [lambda n=n: n * n for n in range(4)]
print([fn() for fn in fs])

print("-- nested lambda default from outer lambda parameter")
make = lambda p: (lambda q=p * 2: q)
print(make(21)())
