# Sequence operators after a class's operator methods decline: the sequence's own error.
class R:
    def __rmul__(self, o): return NotImplemented
class M:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
class P: pass
class I:
    def __index__(self): return 2
for expr in ['"x" * R()', 'R() * "x"', '"x" + M()', 'M() + "x"', '[1] + M()', '(1,) + M()', '[1] * R()', '"x" * P()', '"x" + P()',
             'b"x" + M()', 'b"x" * R()', '"ab" * I()', 'I() * [1]', 'R() * R()', '[1] * 2.0', '"a" + 1', 'bytearray(b"x") + M()']:
    try:
        print(expr, '->', eval(expr))
    except TypeError as e:
        print(expr, '->', e)
