d={'a':1,'b':2}
print(sorted(d.keys() | ['c']), sorted({'c'} | d.keys()))
print(d.keys() - {'a'}, {'a','z'} - d.keys(), sorted(d.keys() ^ {'a','q'}), sorted({'a','q'} ^ d.keys()), d.keys() & ['a'], sorted(['a','b','x'] & d.keys()))
print(sorted(d.items() | {('z',1)}), d.keys() == d.items(), d.keys() == {'a','b'}, {'a','b'} == d.keys(), d.keys() < {'a','b','c'}, d.values() == d.values())
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())), d.keys().isdisjoint(['x']), d.items().isdisjoint([('a',1)]))
try: d.keys() | 1
except TypeError as e: print(e)
try: print(hash(d.keys()))
except TypeError as e: print(e)
v = d.values(); print(hash(v) == hash(v))
print(d.keys() == ['a','b'], d.keys() != ['a','b'], frozenset('ab') == d.keys(), d.keys() <= frozenset('abc'))
s = {1, 2, 3}; s.difference_update({1}, [2]); print(s)
