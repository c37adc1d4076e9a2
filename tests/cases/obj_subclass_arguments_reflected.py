# Builtin methods that store or look for their argument keep a subclass instance as itself; reflected operators of instances before sequence concatenation.
import reprlib
class Lst(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Lst(" + ", ".join(map(repr, self)) + ")"
m = Lst([1]); m.append(m)
print(repr(m), m[1] is m, m.count(m), m.index(m), m in m)
class L(list):
    __repr__ = lambda s: "L" + str(len(s))
l = L([1]); l.append(l)
print([repr(x) for x in l], l[-1] is l)
l.insert(0, l); print(l[0] is l, len(l))
class D(dict): pass
d = D(); d["self"] = d; print(d["self"] is d, type(d["self"]).__name__)
d.setdefault("again", d); print(d["again"] is d)
class S(str): pass
s = set(); k = S("a"); s.add(k); print(type(next(iter(s))).__name__)
dd = {}; dd[k] = 1; print(type(next(iter(dd))).__name__)
x = [1, 2]; y = L([3]); x.append(y); print(type(x[-1]).__name__, x.count(y), x.index(y))
print(L([1, 2]) + [3], [0] + L([1]), L([1]) == [1], [1] == L([1]))
lst = L([1, 2]); lst.extend(L([3])); print(list.__repr__(lst))
class M:
    def __radd__(self, o): return ("radd", o)
    def __rmul__(self, o): return ("rmul", o)
class N(list):
    def __radd__(self, o): return "N radd"
for e in ['[0] + M()', '"s" + M()', '(1,) + M()', '[1] * M()', '"ab" * M()', '3 + M()', '2.5 * M()', 'b"x" + M()', '[0] + N([1])', 'N([1]) + [0]']:
    try: print(e, eval(e))
    except TypeError as ex: print(e, "TypeError", ex)
