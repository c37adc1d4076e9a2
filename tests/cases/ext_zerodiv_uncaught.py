def mean(xs):
    return sum(xs) / len(xs)

def stats(groups):
    out = {}
    for name, xs in groups.items():
        out[name] = mean(xs)
    return out

print(stats({"a": [1, 2, 3], "b": [4]}))
print(stats({"c": [5, 6], "d": []}))
