# reprlib: size-limited reprs of every container, strings, ints and other objects, the
# limits as attributes, and recursive_repr.
import reprlib

r = reprlib.Repr()
print(sorted(vars(r).items()))
values = [
    list(range(100)), tuple(range(3)), (1,), (), [], set(range(20)), {3, 1, 2}, frozenset(range(10)),
    frozenset(), set(), {i: str(i) for i in range(10)}, {}, {'b': 1, 'a': [1, [2, [3, [4, [5, [6, [7]]]]]]]},
    'x' * 100, 'short', 'quote\'s "both"' * 5, 2 ** 200, -2 ** 200, 12345, 3.14159, None, True,
    [[[[[[[[1]]]]]]]], {1, 'a', 2.5}, range(1000), b'bytes' * 20, object,
]
for v in values:
    print(reprlib.repr(v))
class Long:
    def __repr__(self):
        return 'L' * 100
class Broken:
    def __repr__(self):
        raise ValueError('no')
print(reprlib.repr(Long()), reprlib.repr(Broken()).startswith('<Broken instance at 0x'))
r.maxlist = 2
r.maxstring = 10
r.maxlong = 8
r.fillvalue = '~'
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr(10 ** 20), r.repr([[[1]]]), r.repr({'k': {'k': {}}}))

class Custom(reprlib.Repr):
    def repr_int(self, x, level):
        return 'int!'
print(Custom().repr([1, 'a', (2,)]))

class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.value}, {self.children})'
n = Node(1)
n.children.append(n)
n.children.append(Node(2))
print(repr(n), Node.__repr__.__name__, Node.__repr__.__qualname__)
class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return f'Other({self.me!r})'
o = Other()
o.me = o
print(repr(o))
