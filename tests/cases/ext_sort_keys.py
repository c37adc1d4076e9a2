people = [
    {"name": "Ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Bergen"},
    {"name": "Cid", "age": 31, "city": "bergen"},
    {"name": "dee", "age": 19, "city": "Oslo"},
    {"name": "Eve", "age": 25, "city": "Tromso"},
]
print([p["name"] for p in sorted(people, key=lambda p: p["age"])])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["name"].lower()))])
print([p["name"] for p in sorted(people, key=lambda p: p["city"].lower(), reverse=True)])
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.lower))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=len))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words)), sorted(words, key=lambda w: (len(w), w)))
print(max(words, key=len), min(words, key=len), max(people, key=lambda p: p["age"])["name"])
data = [3, -1, 4, -1, 5, -9, 2, 6]
data.sort(key=abs)
print(data)
data.sort(reverse=True)
print(data)
pairs = list(zip("abcab", [3, 1, 2, 1, 3]))
print(sorted(pairs, key=lambda t: t[1]), sorted(pairs))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("hello world"), sorted((3, 1, 2), reverse=True), sorted({3: 'a', 1: 'b'}))
print(list(reversed(sorted(range(5), key=lambda x: x % 3))))
