# operator's getters and methodcaller: called with exactly one object, CPython's messages otherwise.
import operator
for call in ['operator.itemgetter(0)([1], [2])', 'operator.itemgetter(0)()', 'operator.attrgetter("x")(obj=1)', 'operator.attrgetter("x")()',
             'operator.methodcaller("upper")()', 'operator.methodcaller("upper")("a", "b")', 'operator.itemgetter(0)(x=1)',
             'operator.methodcaller("upper")(s="a")', 'operator.itemgetter(1, 0)("ab")', 'operator.attrgetter("real", "imag")(3)',
             'operator.methodcaller("split", ",")("a,b")', 'sorted([(2, "b"), (1, "a")], key=operator.itemgetter(0))']:
    try:
        print(call, eval(call))
    except TypeError as e:
        print(call, 'TypeError', e)
