table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc-abc".translate(table))
strip_vowels = str.maketrans("", "", "aeiou")
print("programming language".translate(strip_vowels))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 72}))
print(str.maketrans({"a": "1", "b": None}), "abc".translate(str.maketrans({"a": "AA"})))
leet = str.maketrans({"e": "3", "a": "4", "o": "0", "t": "7"})
print("the quick brown fox ate".translate(leet))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)
