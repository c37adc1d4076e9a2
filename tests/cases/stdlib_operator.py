# operator: the builtin function forms (results and argument errors), length_hint,
# itemgetter/attrgetter/methodcaller with their reprs, the dunder aliases.
import operator as op
def t(s):
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '!!', type(e).__name__, e)
class L:
    def __length_hint__(self): return 7
class BadL:
    def __length_hint__(self): return 'x'
class NegL:
    def __length_hint__(self): return -1
class NI:
    def __length_hint__(self): return NotImplemented
class O: pass
o = O(); o.a = O(); o.a.b = 5; o.name = 'n'
for s in ['op.itemgetter(1)', 'op.itemgetter(1, "a")', 'op.itemgetter()', 'op.itemgetter(1)([5,6])', 'op.itemgetter(1, 0)("ab")', 'op.itemgetter(1)(5)', 'op.itemgetter(x=1)',
          'op.attrgetter("a.b")', 'op.attrgetter("a.b")(o)', 'op.attrgetter("name", "a.b")(o)', 'op.attrgetter(1)', 'op.attrgetter()', 'op.attrgetter("zz")(o)', 'op.attrgetter("a", "b")',
          'op.methodcaller("upper")("a")', 'op.methodcaller("split", ",", maxsplit=1)', 'op.methodcaller("split", ",", maxsplit=1)("a,b,c")', 'op.methodcaller()', 'op.methodcaller(1)', 'op.methodcaller(name="x")',
          'op.index(3)', 'op.index(3.0)', 'op.index(True)', 'op.length_hint([1,2])', 'op.length_hint(L())', 'op.length_hint(BadL())', 'op.length_hint(NegL())', 'op.length_hint(NI(), 4)', 'op.length_hint(5)', 'op.length_hint(5, 3)', 'op.length_hint(5, "a")', 'op.length_hint(iter([1,2,3]))', 'op.length_hint(iter(range(10)))',
          'op.concat([1], [2])', 'op.concat(1, 2)', 'op.concat("a", 1)', 'op.iconcat([1], (2,))', 'op.iconcat(1, 2)', 'op.countOf([1,2,1], 1)', 'op.indexOf([1,2], 2)', 'op.indexOf([1,2], 3)', 'op.contains([1], 1)',
          'op.truth([])', 'op.not_(0)', 'op.is_(None, None)', 'op.is_not(1, None)', 'op.add(1)', 'op.add(1, 2, 3)', 'op.add(a=1, b=2)', 'op.neg(5)', 'op.pos(-5)', 'op.inv(5)', 'op.invert(5)', 'op.abs(-2)', 'op.pow(2, 10)', 'op.matmul(1, 2)', 'op.truediv(1, 0)', 'op.floordiv(7, 2)', 'op.mod(7, 3)', 'op.lshift(1, 3)', 'op.rshift(8, 1)', 'op.and_(6, 3)', 'op.or_(6, 3)', 'op.xor(6, 3)', 'op.sub(5, 3)', 'op.mul("a", 3)',
          'op.lt(1, 2)', 'op.le(2, 2)', 'op.eq(1, 1.0)', 'op.ne(1, 2)', 'op.ge(1, 2)', 'op.gt(3, 2)', 'op.lt(1, "a")', 'op.iadd([1], [2])', 'op.isub(5, 3)', 'op.ipow(2, 3)', 'op.call(len, [1])', 'op.call()',
          'op.getitem([1,2], 1)', 'op.__add__(1, 2)', 'op.__lt__', 'op.add', 'op.itemgetter.__name__', 'op.attrgetter.__module__', 'op._abs', "sorted(x for x in dir(op) if not x.startswith('_'))"]:
    t(s)
lst = [1, 2, 3]; op.setitem(lst, 0, 9); op.delitem(lst, 1); print(lst)
op.setitem(lst, slice(0, 1), [7, 8]); print(lst)
d = {}; op.setitem(d, 'k', 1); print(d, op.getitem(d, 'k'))
ig = op.itemgetter(slice(1, 3)); print(repr(ig), ig('abcd'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(0, 1)))
x = [1, 2]
print(op.iadd(x, range(2)) is x, x, op.imul(x, 2) is x, x)
s = 'ab'
print(op.iadd(s, 'c'), s)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other); return self
a = Acc()
print(op.iadd(a, 5) is a, a.items)
print(list(map(op.itemgetter(-1), ['abc', 'xy'])), list(map(op.attrgetter('real'), [1, 2.5])))
print(list(map(op.methodcaller('count', 'a'), ['banana', 'apple'])))
print(op.length_hint(iter('hello')), op.length_hint(reversed([1, 2, 3])), op.length_hint(iter((1, 2))))
it2 = iter(range(5)); next(it2)
print(op.length_hint(it2), op.length_hint({1: 2}), op.length_hint(x for x in []))
print(op.countOf('banana', 'a'), op.indexOf('banana', 'n'), op.is_(op.__add__, op.add), op.__not__(1))
import functools
print(functools.reduce(op.mul, range(1, 11)), functools.reduce(op.concat, [[1], [2], [3]]))
