# itertools: every iterator, its repr where CPython shows one, argument errors, and
# laziness (what is consumed when).
import itertools as it
def t(s):
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '!!', type(e).__name__, e)
for s in ['it.count()', 'it.count(5)', 'it.count(5, 2)', 'it.count(1.5)', 'it.count(0, 1.0)', 'it.count(start=3, step=-1)', 'it.count("a")', 'it.count(1, "a")', 'it.count(1, 2, 3)', 'it.count(x=1)', 'it.count(2**70)', 'it.count(1+2j)',
 'it.repeat("a", 3)', 'it.repeat("a")', 'it.repeat("a", -2)', 'it.repeat()', 'it.repeat(1, times=2)', 'it.repeat(1, 2, 3)', 'it.repeat(1, "a")', 'it.repeat(object=1)',
 'list(it.islice("abcdefg", 2))', 'list(it.islice("abcdefg", 2, 4))', 'list(it.islice("abcdefg", 2, None))', 'list(it.islice("abcdefg", 0, None, 2))', 'it.islice("abc", -1)', 'it.islice("abc", 1, -1)', 'it.islice("abc", 0, 1, 0)', 'it.islice("abc", "a")', 'it.islice("abc")', 'it.islice("abc", 1, 2, 3, 4)', 'it.islice(3, 1)', 'it.islice("a", stop=1)',
 'list(it.permutations("abc", 2))', 'it.permutations("abc", -1)', 'list(it.permutations("ab", 5))', 'it.permutations()', 'list(it.permutations(range(3)))', 'it.permutations("abc", r="a")',
 'list(it.combinations("abcd", 2))', 'it.combinations("abc", -1)', 'it.combinations("abc")', 'list(it.combinations_with_replacement("abc", 2))', 'list(it.combinations("ab", 3))',
 'list(it.product("ab", repeat=2))', 'list(it.product("ab", "cd"))', 'it.product("ab", repeat=-1)', 'list(it.product())', 'it.product(1)', 'it.product("a", foo=1)',
 'list(it.chain("ab", [1]))', 'list(it.chain.from_iterable(["ab", "cd"]))', 'it.chain(a=1)', 'list(it.chain(1))',
 'list(it.accumulate([1,2,3]))', 'list(it.accumulate([1,2,3], initial=10))', 'list(it.accumulate([1,2,3], lambda a,b: a*b))', 'list(it.accumulate([], initial=5))', 'list(it.accumulate("abc"))', 'it.accumulate()',
 'list(it.compress("abcdef", [1,0,1,0,1,1]))', 'it.compress()', 'list(it.dropwhile(lambda x: x<3, [1,4,2]))', 'list(it.takewhile(lambda x: x<3, [1,2,4,1]))', 'list(it.filterfalse(None, [0,1,2,0]))', 'list(it.filterfalse(lambda x: x%2, range(6)))',
 'list(it.starmap(pow, [(2,3), (3,2)]))', 'list(it.pairwise("abcd"))', 'list(it.pairwise("a"))', 'list(it.zip_longest("ab", "xyz", fillvalue="-"))', 'list(it.zip_longest())', 'it.zip_longest(a=1)',
 'it.tee("abc", -1)', 'it.tee("abc", 0)', '[list(x) for x in it.tee("abc", 3)]', 'it.cycle()', 'it.cycle(1)', 'list(it.islice(it.cycle("ab"), 5))', '[(k, list(g)) for k, g in it.groupby("aabbbc")]', '[(k, list(g)) for k, g in it.groupby([1,2,3,4], key=lambda x: x//2)]', 'it.groupby()',
 'it.repeat(1, 5).__length_hint__()', 'it.islice("abc", None)', 'list(it.islice("abcdef", None, None, None))', 'list(it.islice(range(10), 2, 8, 3))', 'it.pairwise()', 'it.accumulate([1], func=None, initial=None, x=1)','it.compress("a", selectors=[1], foo=2)']:
    t(s)
c = it.count(3); next(c); print(repr(c))
r = it.repeat('x', 3); next(r); print(repr(r))
print(repr(it.chain()).split(' at ')[0], repr(it.islice('a', 1)).split(' at ')[0])

# islice consumes only what it needs
src = iter(range(10))
print(list(it.islice(src, 2, 4)), next(src))
src = iter(range(10))
print(list(it.islice(src, 5, 3)), next(src))
# tee copies are independent; a tee of a tee copies it
a, b = it.tee(iter([1, 2, 3]))
print(next(a), next(a), next(b), list(a), list(b))
c, = it.tee(a, 1)
print(c is a, list(c))
x, y = it.tee(range(3))
z = x.__copy__()
print(next(x), list(y), list(z), list(x))
# groupby: a group is exhausted when the groupby moves on
groups = it.groupby('aaabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2), list(g2))
print([(k, len(list(g))) for k, g in it.groupby(sorted('mississippi'))])
print([k for k, _ in it.groupby([1, 1.0, True, 2])])
# chain is lazy about its arguments
def gen(tag):
    print('start', tag)
    yield tag
ch = it.chain(gen(1), gen(2))
print('made')
print(list(ch))
print(list(it.chain.from_iterable(gen(i) for i in range(2))))
print(list(it.chain.from_iterable(['ab', [1, 2], range(2)])))
# infinite iterators
c = it.count(10, -2.5)
print([next(c) for _ in range(4)], repr(c))
c = it.count(2**64)
next(c)
print(repr(c))
print(list(zip('abc', it.repeat(0))), list(it.repeat(None, 3)))
r = it.repeat('x', 2)
print(list(r), repr(r), list(r))
cy = it.cycle([1, 2])
print([next(cy) for _ in range(5)], list(it.cycle([])))
# combinatorics
print(len(list(it.permutations(range(5)))), len(list(it.combinations(range(10), 4))))
print(list(it.permutations('abcd', 0)), list(it.combinations('', 0)), list(it.combinations_with_replacement('', 1)))
print(list(it.product(range(2), 'xy', repeat=2))[:5], len(list(it.product(range(3), repeat=4))))
print(list(it.combinations_with_replacement(range(3), 3)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate(range(5), initial=100)))
print(list(it.starmap(lambda *a: sum(a), [(1,), (1, 2), ()])))
print(list(it.zip_longest(range(3), 'ab', [None] * 4)))
print(list(it.compress(range(10), it.cycle([1, 0, 0]))))
print(list(it.takewhile(str.isupper, 'ABcD')), list(it.dropwhile(str.isupper, 'ABcD')))
print(list(it.pairwise(range(5))), list(it.filterfalse(str.isdigit, 'a1b2')))
for name in ['count', 'cycle', 'repeat', 'chain', 'islice', 'tee', 'groupby', 'product']:
    print(name, getattr(it, name).__name__, getattr(it, name).__module__)
