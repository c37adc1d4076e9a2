# id comparisons and hash equality (never printing the values)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c))
print(a is b, a is c, a == c)
print(type(id(a)).__name__)
def f():
    pass
print(id(f) == id(f))

print("-- hash equality across numeric types")
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(1) == hash(True))
print(hash(2 ** 100) == hash(2 ** 100), hash(-1) == hash(-2))
print(hash('abc') == hash('abc'), hash((1, 2)) == hash((1, 2)))
print(hash(()) == hash(()), hash(None) == hash(None))
print(hash(1.5) == hash(1.5), hash(10) == 10, hash(-5) == -5)
print(type(hash('x')).__name__)
print("-- unhashable types")
for v in [[], {}, set(), [1, (2,)], ((1, [2]),)]:
    try:
        hash(v)
        print('hashable', v)
    except TypeError as e:
        print('TypeError:', e)
print("-- functions are hashable")
print(hash(f) == hash(f))
d = {f: 'fn key', len: 'builtin key'}
print(d[f], d[len])
print("-- equal numbers are the same dict key")
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
