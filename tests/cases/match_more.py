for src in ["match x:\n    case {\"a\": 1, \"a\": 2}:\n        pass\n", "match x:\n    case {1: 1, 1.0: 2}:\n        pass\n", "match x:\n    case {-0: 1, 0: 2}:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
class D:
    pass
import sys
def kinds(v):
    match v:
        case {"a": 1}:
            return "mapping"
        case [*_]:
            return "sequence"
        case _:
            return "neither"
print(kinds({"a": 1}), kinds([1]), kinds((1,)), kinds(range(2)), kinds("str"), kinds(b"b"), kinds({1}), kinds(type.__dict__))
class GetCounter:
    def __init__(self):
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        if name == "missing":
            raise AttributeError(name)
        return name.upper()
g = GetCounter()
match g:
    case GetCounter(a="A", b=bval, missing=m):
        print("matched", bval)
    case GetCounter(c=cval):
        print("second", cval, g.calls)
def captured_on_fail():
    x = "unset"
    match [1, 2]:
        case [x, 3]:
            pass
    return x
print(captured_on_fail())
def walrus_guard(v):
    match v:
        case [a, b] if (s := a + b) > 3:
            return s
        case _:
            return None
print(walrus_guard([1, 5]), walrus_guard([1, 1]))
def star_middle(v):
    match v:
        case [a, *mid, b, c]:
            return a, mid, b, c
print(star_middle(list(range(6))), star_middle([1, 2, 3]), star_middle([1, 2]))
def mapping_rest(v):
    match v:
        case {**rest}:
            return rest
print(mapping_rest({"x": 1}), mapping_rest([]))
def or_nested(v):
    match v:
        case [1, (2 | 3) as y] | [(4 | 5) as y, 6]:
            return y
print(or_nested([1, 3]), or_nested([5, 6]), or_nested([1, 4]))
def singleton_or(v):
    match v:
        case None | True | False:
            return "singleton"
        case 0 | 1:
            return "number"
print(singleton_or(True), singleton_or(1), singleton_or(0.0), singleton_or(None))
def global_capture(v):
    global G
    match v:
        case [G]:
            pass
global_capture([42])
print(G)
def closure_capture(v):
    match v:
        case (a, b):
            return lambda: a * b
print(closure_capture((6, 7))())
