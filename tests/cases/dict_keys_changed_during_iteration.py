# Changing a dict's keys while iterating over it: CPython's checks, and its table resizes deciding whether the loop sees the new keys.
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        d[k.upper()] = d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["z"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 5
print(d)
d = {1: 1, 2: 2}
try:
    for k, v in d.items():
        del d[k]; d[k + 10] = v
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
# Renaming keys in place, at several sizes (whether the table resizes decides).
for n in range(1, 12):
    d = {f"k{i}": i for i in range(n)}
    try:
        for k in d:
            d[k.upper()] = d.pop(k)
        print(n, "ok", list(d)[:4])
    except RuntimeError as e:
        print(n, e, len(d))
d = {}
for i in range(20):
    d[i] = i
for i in range(15):
    del d[i]
try:
    for k in d:
        d[k + 100] = d.pop(k)
    print(sorted(d))
except RuntimeError as e:
    print(e, sorted(d))
