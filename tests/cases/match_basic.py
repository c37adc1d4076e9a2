def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case [] :
            return "empty list"
        case [a]:
            return f"one item {a!r}"
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long first={first} rest={rest}"
        case [first, *middle, last]:
            return f"seq {first} {middle} {last}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case {}:
            return "some mapping"
        case str() as s:
            return f"string {s}"
        case int(n) if n > 100:
            return f"big int {n}"
        case float(f):
            return f"float {f}"
        case _:
            return "other"
for v in [0, 2, -1, 1.5, "hello", b"raw", None, True, False, [], [1], (1, 2), [1, 2, 3, 4, 5],
          [1, 2, 3], {"type": "point", "x": 1, "y": 2}, {"type": "circle", "r": 3}, {"a": 1},
          "other", 500, 5, 2.5, range(3), "ab", {1, 2}]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=px, y=py) as pt if px == py:
            return f"diagonal {px} {pt.y}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point3(0, 0, 0), Point3(1, 0, 5), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2), 7]:
    print(where(p))

def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["drop", *objects]:
            return f"dropping {objects}"
        case ["look"]:
            return "looking"
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return f"unknown {cmd!r}"
for c in ["go north", "go up", "drop a b c", "look", "quit", "exit", ""]:
    print(nested(c))

def tuples(t):
    match t:
        case (0, y) | (y, 0):
            return f"axis {y}"
        case (x, y, *_):
            return f"xy {x} {y}"
print(tuples((0, 5)), tuples((7, 0)), tuples((1, 2, 3)), tuples("ab"), tuples((1,)))
x = 10
match x:
    case 10:
        print("module-level match", x)
match {"k": [1, {"deep": (2, 3)}]}:
    case {"k": [1, {"deep": (a, b)}]}:
        print("deep", a, b)
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
match 5:
    case 1:
        print("no")
print("no match falls through")
match [1, 2]:
    case [a, b] if a > b:
        print("desc")
    case [a, b]:
        print("asc", a, b)
def bind_check(v):
    match v:
        case [a, 2] | [2, a]:
            return a
    return "nomatch"
print(bind_check([5, 2]), bind_check([2, 6]), bind_check([3, 3]))
def order(v):
    match v:
        case (a, b) | [b, a]:
            return a, b
print(order((1, 2)), order([1, 2]))
