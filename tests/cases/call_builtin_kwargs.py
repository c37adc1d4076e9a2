# keyword arguments to builtins
print('a', 'b', sep='')
print('a', 'b', sep=None)
print('x', end='')
print('|', end=None)
print(sorted([3, 1, 2], key=None, reverse=True))
print(sorted(['bb', 'a', 'ccc'], key=len))
print(max([1, 5, 3], key=lambda v: -v))
print(min([], default='none'))
print(max([], default=None))
print(int('ff', base=16))
print(int('101', 2))
print('a,b,,c'.split(sep=',', maxsplit=2))
print(' x '.strip())
print(round(3.14159, ndigits=2))
print(dict(a=1, b=2))
print(dict([('a', 1)], b=2))
print(sum([1, 2, 3], start=10))
print(list(enumerate('ab', start=1)))
print(pow(2, 10, mod=1000))
print("-- errors")
for thunk in [lambda: print(sep=1), lambda: sorted([1], key=1), lambda: int('1', base=99),
              lambda: max([1], default=0, bogus=1), lambda: min(1, 2, default=0)]:
    try:
        print(thunk())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
