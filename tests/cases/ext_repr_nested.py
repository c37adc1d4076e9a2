data = {
    "name": "O'Brien",
    "quote": 'He said "hi"',
    "both": "it's \"x\"",
    "esc": "tab\there\nnl\\back\x00\x7f\u00e9\u200b\U0001f600",
    "nums": [1, -2.5, 3e10, 1e-10, 10**20, True, None],
    "tuple1": (1,),
    "empty": [(), [], {}, set(), frozenset(), ""],
    "nested": {"a": [{"b": (1, [2, {3}])}]},
    "bytes": [b"abc", b"\x00\xff'", bytearray(b"q"), b'"', b"'\""],
    "cplx": [1j, 1 + 2j, -0j, complex(1.5, -2)],
}
for k, v in data.items():
    print(k, repr(v))
print(data["nums"])
print(str(data["quote"]), str(data["empty"]), str(data["tuple1"]))
l = [1, 2]
l.append(l)
d = {"self": None}
d["self"] = d
print(l, d, repr(l))
t = ([],)
t[0].append(t)
print(t)
print(repr("a'b\"c"), repr("\r\a\b\f\v"), repr("\x1b[0m"), ascii("héllo€"), ascii([1, "ü"]))
print(repr(1.0), repr(-1e-300), repr(float("inf")), repr(1e100), [float("-inf"), float("nan")])
print(repr(object)[:14], repr(len), repr(int), repr(None), repr(NotImplemented), repr(Ellipsis), repr(type(None)))
class C:
    pass
print(repr(C), repr(C())[:20].startswith("<__main__.C object"), str(C) == repr(C))
def fn():
    pass
print(repr(fn).startswith("<function fn at 0x"), repr(lambda: 0).startswith("<function <lambda>"))
print(repr(range(0, 10, 2)), repr(slice(1, None, 2)), repr(print), repr(iter([]))[:14])
