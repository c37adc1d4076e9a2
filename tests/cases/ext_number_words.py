ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]

def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            head = words(q) + " " + name
            if r == 0:
                return head
            return head + (" and " if r < 100 else " ") + words(r)
    raise AssertionError("unreachable")

for n in [0, 7, 13, 20, 42, 99, 100, 101, 999, 1000, 1234, 90210, 1000000, -15, 2147483647]:
    print(f"{n:>11,} {words(n)}")
try:
    words(1.5)
except (TypeError, IndexError) as e:
    print(type(e).__name__, e)
print(max(range(1, 1000), key=lambda n: len(words(n))), len(words(373)))
