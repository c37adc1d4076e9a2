class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2); s.extend([3, 4])
print(s, len(s), s.peek(), type(s).__name__, isinstance(s, list), s == [1, 2, 3, 4])
print(s.pop(), s, s[1:], type(s[1:]).__name__, type(s + [9]).__name__, 3 in s)
s.tag = "mine"
print(s.tag, s.__dict__, repr(s), str(s), sorted(s, reverse=True), list(reversed(s)))
for x in s:
    print("item", x)
s += [7]
print(type(s).__name__, s)
s *= 2
print(type(s).__name__, s)
class Counted(list):
    def __init__(self, items=()):
        super().__init__(items)
        self.count_init = len(self)
    def __repr__(self):
        return f"Counted({list.__repr__(self)})"
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10
c = Counted([1, 2, 3])
print(c, c.count_init, c[0], list(c), [x for x in c], c.index(2))
class Default(dict):
    def __missing__(self, key):
        self[key] = key * 2
        return self[key]
d = Default(a=1)
print(d["a"], d["zz"], d, d.get("q"), "q" in d, len(d), type(d).__name__)
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a, isinstance(a, dict))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u, dict(u), u == {"A": 1, "b": 2})
class Ordered(dict):
    def keys_list(self):
        return list(self.keys())
o = Ordered([("z", 1), ("a", 2)])
print(o.keys_list(), o | {"q": 0}, type(o | {}).__name__, o.copy(), type(o.copy()).__name__)
print(Stack.__mro__, Default.__bases__)
print(dict.fromkeys("ab"), type(Ordered.fromkeys("ab")).__name__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
class ListWithSlots(list):
    __slots__ = ()
print(ListWithSlots([1]))
print(hash(Stack) is not None)
try:
    hash(Stack())
except TypeError as e:
    print(e)
