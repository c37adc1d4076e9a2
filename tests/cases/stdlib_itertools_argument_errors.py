# itertools.chain.from_iterable's and starmap's argument errors as CPython's C itertools.
import itertools
for call in ['itertools.chain.from_iterable()', 'itertools.chain.from_iterable([1], [2])', 'itertools.chain.from_iterable(iterable=[1])',
             'list(itertools.chain.from_iterable([[1], [2, 3]]))', 'list(itertools.starmap(len, [1]))', 'list(itertools.starmap(pow, [(2, 3), [3, 2]]))']:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, 'TypeError', e)
