# tuple and star unpacking
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, b, c = 'xyz'
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, b] = [10, 20]
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = [1]
print(x, y)
print("-- nested with star")
(p, *q), r = [1, 2, 3], 'r'
print(p, q, r)
a, (b, *c), d = 0, (1, 2, 3), 4
print(a, b, c, d)
print("-- unpacking in for loops")
for i, (k, v) in enumerate({'one': 1, 'two': 2}.items()):
    print(i, k, v)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
print("-- chained assignment")
m = n = [0]
m.append(1)
print(n, m is n)
i = j = k = 7
print(i, j, k)
print("-- star in expressions")
print([*range(3), *'ab'], (*[1], 2), {**{'a': 1}, 'b': 2, **{'a': 3}})
print({*[1, 1, 2]} == {1, 2})
print("-- swap via tuple of list elements")
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
print("-- assignment evaluation order")
lst = [0, 0]
idx = 0
idx, lst[idx] = 1, 'set'
print(idx, lst)
