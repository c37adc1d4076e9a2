print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), "-")
print(sum([]), sum([1, 2, 3], 10), sum([[1], [2]], []), sum(range(101)), sum([0.5, 0.25]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(min(3, 1, 2), max("apple", "pear"), min([], default="empty"), max([1, 5, 2], key=lambda v: -v))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max([1], [2], default=0)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(abs(-3), abs(-2.5), abs(3 + 4j), divmod(9, 4), pow(2, 10), pow(2.0, 3), pow(-2, 3), pow(4, 0.5))
print(round(3.14159, 3), round(-2.5), round(2.5), round(3), type(round(3.7)).__name__, type(round(3.7, 1)).__name__)
print(chr(65), ord("A"), chr(0x1F600), ord("\n"), [chr(c) for c in range(97, 102)])
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord("")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(callable(len), callable(5), callable(lambda: 0), callable(int), callable("s".upper))
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(3.0, int), issubclass(int, object))
print(len("abc"), len([1, 2]), len({}), len(range(0, 10, 3)), len(b"xy"))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(10, 0, -3)), range(5)[2], range(0, 10, 2)[-1], range(3)[1:], 3 in range(5), range(1, 7, 2).index(5))
print(repr(range(3)), repr(range(1, 5, 2)), range(0) == range(5, 5), list(range(-3)))
print(type(None).__name__, type(print).__name__, type(len).__name__, type(3j).__name__, type(...).__name__)
print(bool([]), bool([0]), bool(0.0), bool("0"), int("-0"), float("-0"), str(None), repr(None))
print(hash(None) == hash(None), hash((1, 2)) == hash((1, 2)), hash("") == 0 or True, hash(1) == hash(1.0) == hash(True))
print(id(None) == id(None), divmod(-1, 3), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "x", None])))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(enumerate("ab", start=5)), list(reversed([1, 2, 3])), list(reversed(range(3))))
try:
    zip([1], [2, 3], strict=True).__next__(); list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
