# min and max: iterables, multiple args, key, default
print(min([3, 1, 2]), max([3, 1, 2]))
print(min(3, 1, 2), max(3, 1, 2))
print(min('hello'), max('hello'))
print(min([1.5, -2, 0]), max([True, 2, 0.5]))
print(max(['apple', 'fig', 'banana'], key=len))
print(min(['apple', 'fig', 'banana'], key=len))
print(max('a', 'B', 'c', key=str.upper))
print(max([], default='empty'), min((), default=None))
print(max([5], default=0))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(min({'x': 3, 'y': 1}, key=lambda k: {'x': 3, 'y': 1}[k]))
print("-- ties keep the first")
print(max([('a', 1), ('b', 1)], key=lambda p: p[1]))
print(min([('a', 1), ('b', 1)], key=lambda p: p[1]))
print("-- errors")
for thunk in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 'a'), lambda: min([], key=len)]:
    try:
        thunk()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
