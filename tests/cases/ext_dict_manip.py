inventory = {"apples": 3, "pears": 0, "kiwis": 12}
inventory["plums"] = 7
inventory.update(pears=4, figs=1)
inventory.update([("apples", 5)])
print(inventory)
print(list(inventory.keys()), list(inventory.values()))
print(inventory.get("grapes"), inventory.get("grapes", -1), inventory.setdefault("grapes", 9), inventory["grapes"])
print(inventory.pop("kiwis"), inventory.pop("nothing", "dflt"))
try:
    inventory.pop("nothing")
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
print(inventory.popitem(), inventory)
del inventory["apples"]
print("apples" in inventory, len(inventory))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
inv = {v: k for k, v in counts.items()}
print(inv)
merged = {**counts, "z": 0, **{"m": 100}}
print(merged, merged == dict(counts, z=0, m=100))
print(counts | {"q": 1}, {1: 2}.fromkeys("ab"), dict.fromkeys([1, 2], []))
c2 = counts.copy()
c2 |= {"x": 1}
print(c2, counts)
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}}
print(nested, nested["a"]["b"]["c"][2])
try:
    nested["a"]["x"]["c"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[[1]]
except TypeError as e:
    print(type(e).__name__, e)
d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print(dict(zip("abc", range(3))), dict([(1, 2), [3, 4]]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
d = {"k": 1}
for k in list(d):
    d[k + k] = 2
print(d, list(reversed(d)), d.items() == {("kk", 2), ("k", 1)})
