# truth values of built-in objects
values = [None, False, True, 0, 1, -1, 0.0, 0.5, -0.0, '', ' ', '0', [], [0], (), ((),),
          {}, {'': 0}, set(), range(0), range(1), b'', float('nan'), 10 ** 100]
for v in values:
    print(repr(v), bool(v), 'truthy' if v else 'falsy')
print("-- functions and classes are truthy")
print(bool(len), bool(lambda: 0), bool(int), bool(ValueError()))
print("-- in while loops")
items = [1, 2, 3]
while items:
    print('pop', items.pop())
print("-- empty containers in conditions")
def describe(xs):
    if not xs:
        return 'empty'
    return 'has %d' % len(xs)
print(describe([]), describe({}), describe('ab'), describe(range(3)))
