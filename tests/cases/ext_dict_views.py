d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it))
print(k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"}, sorted(it - {("a", 1)}))
print(k == {"a", "b", "c", "d"}, it == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, v == v, k <= {"a", "b", "c", "d", "e"})
print(type(k).__name__, type(v).__name__, type(it).__name__, reversed(k).__class__.__name__, list(reversed(it)))
print(isinstance(k, type({}.keys())), d.keys().isdisjoint({"x"}), {}.keys() == set(), list(d.values())[::-1])
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(v)
    print("values view hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = dict(sorted({"z": 1, "y": 2}.items()))
print(e, list(e), {**e}, dict(e.items()) == e, dict(zip(e.values(), e.keys())))
dd = {1: "a"}
print(dd.keys() & [1, 2], dd.items() | {(2, "b")} == {(1, "a"), (2, "b")})
