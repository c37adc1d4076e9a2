NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for value, sym in NUMERALS:
        q, n = divmod(n, value)
        out.append(sym * q)
    return "".join(out)

def from_roman(s):
    vals = {sym: v for v, sym in NUMERALS if len(sym) == 1}
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in vals:
            raise ValueError("invalid roman digit %r" % ch)
        v = vals[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
for bad in [0, 4000, -5, 2.5, "10", True]:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    from_roman("MCMZ")
except ValueError as e:
    print(e)
print(all([from_roman(to_roman(i)) == i for i in range(1, 4000)]))
