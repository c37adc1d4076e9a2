# enumerate and zip
print(list(enumerate('abc')))
print(list(enumerate('abc', 1)))
print(list(enumerate('abc', start=-2)))
print(list(enumerate([])))
for i, (a, b) in enumerate([('x', 1), ('y', 2)], start=10):
    print(i, a, b)
print("-- zip")
print(list(zip([1, 2, 3], 'ab')))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), 'xyz')))
print(dict(zip('abc', range(3))))
print("-- unzip")
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
nums, names = zip(*pairs)
print(nums, names)
print("-- zip strict")
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(zip([1], [2], strict=True)))
print("-- transpose")
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)])
print(type(zip()).__name__, type(enumerate([])).__name__)
