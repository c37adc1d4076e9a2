# common dict methods
d = {'a': 1, 'b': 2}
print(d.keys(), d.values(), d.items())
print(list(d), len(d), 'a' in d, 1 in d)
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
d.update({'d': 4}, e=5)
print(d)
d.update([('f', 6)])
print(d)
print(d.pop('f'), d.pop('zz', 'default'), d)
print(d.popitem(), d)
d['a'] = 'replaced'
print(d)
del d['b']
print(d)
print(dict.fromkeys('xyz'), dict.fromkeys([1, 2], 0))
c = d.copy()
c['new'] = 1
print(d, c)
c.clear()
print(c)
print("-- merge operators")
x = {'a': 1, 'b': 2}
y = {'b': 3, 'c': 4}
print(x | y, y | x)
x |= y
print(x)
print("-- iteration order is insertion order")
o = {}
for k in ['z', 'a', 'm']:
    o[k] = len(o)
print(o, list(o.items()))
o['a'] = 'updated'
print(list(o))
del o['z']
o['z'] = 'readded'
print(list(o))
print("-- equality ignores order")
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1})
print("-- counting words")
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
