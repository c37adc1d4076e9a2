class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["a"]
class NonStr:
    __match_args__ = (1,)
    a = 1
class Two:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def m1():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def m2():
    match BadArgs():
        case BadArgs(1):
            return "matched"
def m3():
    match NonStr():
        case NonStr(x):
            return x
def m4():
    match Two():
        case Two(1, 2, 3):
            return "three"
def m5():
    match Two():
        case Two(x, a=y):
            return x, y
def m6():
    match 5:
        case int(x, y):
            return x
def m7():
    not_a_class = 3
    match 5:
        case not_a_class.real(x):
            return x
def m8():
    match 1:
        case True:
            return "is True"
        case 1:
            return "eq 1"
def m9():
    match True:
        case 1:
            return "True == 1"
def m10():
    class K:
        a = property(lambda self: 1 / 0)
        __match_args__ = ("a",)
    match K():
        case K(v):
            return v
def m11():
    class M(dict):
        pass
    return "skip"
def m12():
    match {"a": 1, "b": 2}:
        case {"a": 1, **rest}:
            return rest
def m13():
    match [1, 2, 3]:
        case [1, *_, 3] as whole:
            return whole
def m14():
    match "abc":
        case [a, b, c]:
            return "str is not a sequence"
        case str(x):
            return "str " + x
def m15():
    match (1, [2, 3]):
        case (1, [2, *r]):
            return r
def m16():
    match 3.0:
        case 3:
            return "3.0 == 3"
def m17():
    match Two():
        case Two(b=2, a=1):
            return "kw order"
def m18():
    match Two():
        case Two(c=1):
            return "missing attr"
        case _:
            return "no attr, fell through"
for f in [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m12, m13, m14, m15, m16, m17, m18]:
    attempt(f)
codes = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case a if a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case (a | _) | b:\n        pass\n",
]
for src in codes:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
def trace():
    match {"k": 1}:
        case {"k": 1, "k2": v}:
            return v
        case {"k": v} if v / 0:
            return v
trace()
