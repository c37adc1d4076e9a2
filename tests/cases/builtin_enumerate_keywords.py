# enumerate()'s keyword checks (CPython's vectorcall path words them its own way).
cases = ['enumerate(x=[1])', 'enumerate(iterable=[1])', 'enumerate([1], x=1)', 'enumerate(start=1)', 'enumerate()',
         'enumerate(iterable=[1], start=2)', 'enumerate([1], 2, 3)', 'enumerate(x=1, y=2)', 'enumerate([1], start=1, x=2)',
         'enumerate(start=1, iterable=[2])', 'enumerate([1], iterable=[2])', 'enumerate([1], start="a")']
for c in cases:
    try:
        print(c, '->', list(eval(c)))
    except TypeError as e:
        print(c, '->', e)
