# repr of tuple, list, dict, range, slice and nested containers
print((), (1,), (1, 2), ((1,),), ([], {}))
print([], [1], [1, 'a', None], [[[]]])
print({}, {'a': 1}, {1: 'x', (1, 2): [3]}, {None: None})
print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1), range(0))
print(slice(3), slice(1, 5), slice(None, None, -1), slice('a', 'b', 'c'))
print(repr([1, 'two', 3.0, None, True]))
print(str([1, 'two']))
print(str(('x',)))
print("-- nested strings use repr")
print(["it's", 'say "x"', 'new\nline'])
print({'k': 'v\t'})
print("-- recursive list")
lst = [1, 2]
lst.append(lst)
print(lst)
d = {'self': None}
d['self'] = d
print(d)
print("-- sets (printed sorted)")
print(set(), sorted({3, 1, 2}), len({1, 1, 2}))
print(frozenset() == set())
print("-- bytes")
print(b'abc', b'', b'\x00\xff', bytes(3), b"it's")
print("-- dict views")
d = {'a': 1, 'b': 2}
print(d.keys(), d.values(), d.items())
print(list(d.items()))
