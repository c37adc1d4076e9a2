# random: CPython's exact sequences for int, str, bytes and float seeds, every method
# and distribution, state save/restore, and argument errors.
import random
def t(s):
    try: print(s, '->', repr(eval(s)))
    except Exception as e: print(s, '!!', type(e).__name__, e)
random.seed(42)
print(random.random(), random.getrandbits(5), random.getrandbits(70), random.randrange(10), random.randint(1, 6))
for seed in [0, 1, -5, 2**100, 'hello', b'hello', 3.5, True]:
    random.seed(seed); print(repr(seed), random.random())
for s in ['random.seed([1])', 'random.seed(1, version=3)', 'random.randrange(0)', 'random.randrange(5, 2)', 'random.randrange(1, 10, 0)', 'random.randrange("a")', 'random.randrange(1, step=2)', 'random.randint(5, 1)',
          'random.choice([])', 'random.choices([1,2], [1])', 'random.choices([1,2], 2)', 'random.choices([1,2], weights=[1,1], cum_weights=[1,2])', 'random.choices([1,2], [0, 0])', 'random.sample([1,2], 3)', 'random.sample({1,2}, 1)', 'random.sample([1,2], k=-1)', 'random.sample([1,2,3], 2, counts=[1,2])', 'random.getrandbits(-1)', 'random.getrandbits(0)',
          'random.Random(5).random()', 'random.Random().seed(3)', 'random.expovariate(0)', 'random.uniform(1, 2)', 'random.gauss()', 'random.triangular()', 'random.randbytes(5)', 'random.getstate()[0]', 'len(random.getstate()[1])', 'random.getstate()[2]', 'random.sample(range(100), 5)', 'random.sample("abcdef", 3)']:
    t(s)
r = random.Random(2024)
print([r.random() for _ in range(3)])
print([r.randrange(100) for _ in range(10)], [r.randrange(-5, 5, 3) for _ in range(5)], r.randrange(10**30))
print([r.randint(1, 6) for _ in range(10)], [r.getrandbits(k) for k in (1, 31, 32, 33, 64, 65, 200)])
print(r.choice('abcdef'), r.choice(range(1000)), r.choices('abc', k=5), r.choices(range(4), weights=[1, 0, 5, 2], k=6))
print(r.choices('xyz', cum_weights=[1, 1, 10], k=4))
lst = list(range(20)); r.shuffle(lst); print(lst)
print(r.sample(range(1000), 10), r.sample('abcdefgh', 8), r.sample(range(10**6), 3), r.sample(['a', 'b'], 5, counts=[3, 4]))
print(r.uniform(-1, 1), r.triangular(0, 10, 2), r.triangular(1, 1), r.gauss(5, 2), r.gauss(), r.gauss())
print(r.normalvariate(), r.lognormvariate(0, 0.5), r.expovariate(2), r.vonmisesvariate(1, 4), r.vonmisesvariate(1, 0))
print(r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1), r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 2))
print(r.randbytes(9))
state = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(state)
print(a == [r.random() for _ in range(5)])
r2 = random.Random()
r2.setstate(state)
print(r2.random() == a[0])
for bad in [(4, (), None), (3, (1, 2), None), (3, tuple(range(624)) + (700,), None)]:
    try:
        r2.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(7)
print(random.random(), random.randint(0, 10**20), random.choice([1, 2, 3]))
class MyRandom(random.Random):
    def random(self):
        return 0.75
m = MyRandom()
print(m.randrange(10), m.choice('abcd'), m.uniform(0, 4))
class Counting(random.Random):
    pass
c = Counting(3)
print(c.randrange(1000), c.random())
sr = random.SystemRandom()
x = sr.random(); print(0 <= x < 1, sr.getrandbits(16) < 2**16, len(sr.randbytes(4)), 1 <= sr.randint(1, 3) <= 3)
try:
    sr.getstate()
except NotImplementedError as e:
    print(e)
random.seed()
print(0 <= random.random() < 1)
