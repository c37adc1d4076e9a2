# common list methods
lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
print(lst)
lst.insert(0, 'first')
lst.insert(100, 'last')
lst.insert(-1, 'before last')
print(lst)
print(lst.pop(), lst.pop(0), lst)
print(lst.index(4), lst.count(1), lst.index(1, 2))
lst.remove(1)
print(lst)
lst.reverse()
print(lst)
nums = [x for x in lst if isinstance(x, int)]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
c = nums.copy()
c.clear()
print(c, nums)
print("-- operators")
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 in [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3])
a = [1]
a += 'xy'
print(a)
a *= 2
print(a)
print("-- slice assignment")
s = list(range(10))
s[2:5] = ['a']
print(s)
s[::3] = [None] * len(s[::3])
print(s)
del s[1:3]
print(s)
s[:] = []
print(s)
print("-- list of lists aliasing")
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
