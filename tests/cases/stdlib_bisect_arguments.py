# bisect's functions check arguments as CPython's C _bisect (Argument Clinic's messages).
import bisect
for call in ['bisect.bisect()', 'bisect.bisect([1])', 'bisect.bisect_left([1], 1, 2, 3, 4)', 'bisect.insort(a=[1], x=2)', 'bisect.bisect([1], 1, lo=-1)',
             'bisect.bisect(1, 1)', 'bisect.bisect([1,2], 2, hi=None)', 'bisect.bisect_right(x=1, a=[1])', 'bisect.bisect([1, 2, 3], 2, key=None)',
             'bisect.bisect_left([(1, "a"), (2, "b")], 2, key=lambda t: t[0])', 'bisect.bisect([1], 1, y=2)', 'bisect.insort_left([1, 3], 2)']:
    try:
        print(call, eval(call))
    except (TypeError, ValueError) as e:
        print(call, type(e).__name__, e)
a = [1, 3]; bisect.insort(a, 2); bisect.insort_left(a, 0); print(a)
