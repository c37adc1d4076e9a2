# sorted (key, reverse, stability) and reversed
print(sorted([3, 1, 2]))
print(sorted('hello'))
print(sorted((5, -1, 3), reverse=True))
print(sorted({'b': 1, 'a': 2}))
print(sorted(['banana', 'Apple', 'cherry']))
print(sorted(['banana', 'Apple', 'cherry'], key=str.lower))
print(sorted(['ccc', 'a', 'bb'], key=len, reverse=True))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')]))
print(sorted([-3, 2, -1], key=abs))
print(sorted([]))
print("-- stability")
data = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print("-- sorted returns a new list")
orig = [2, 1]
new = sorted(orig)
print(orig, new, new is orig)
print("-- list.sort in place returns None")
lst = [3, 1, 2]
print(lst.sort(), lst)
lst.sort(key=lambda v: -v)
print(lst)
print("-- mixed types")
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
print("-- reversed")
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))), list(reversed((1, 2))))
print(''.join(reversed('stressed')))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
print(list(reversed({'a': 1, 'b': 2})))
