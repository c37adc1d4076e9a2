def table(rows, headers):
    widths = [len(h) for h in headers]
    for r in rows:
        for i, cell in enumerate(r):
            widths[i] = max(widths[i], len(str(cell)))
    sep = "+" + "+".join(["-" * (w + 2) for w in widths]) + "+"
    def fmt(r):
        cells = []
        for i, c in enumerate(r):
            if isinstance(c, (int, float)):
                cells.append(" " + str(c).rjust(widths[i]) + " ")
            else:
                cells.append(" " + str(c).ljust(widths[i]) + " ")
        return "|" + "|".join(cells) + "|"
    out = [sep, fmt(headers), sep]
    out += [fmt(r) for r in rows]
    out.append(sep)
    return "\n".join(out)

rows = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 3.999)]
print(table(rows, ("fruit", "qty", "price")))
for name, q, p in rows:
    print("{:<12}|{:^5}|{:>8.2f}|{:>+7.1%}".format(name, q, p, p / 10))
    print("%-12s|%5d|%8.3f|%x" % (name, q, p, q))
print(f"{'total':>20}: {sum([q * p for _, q, p in rows]):10.3f}")
w = 7
print(f"{'dyn':>{w}}|{3.14159:.{w - 4}f}|{42:0{w}d}|{'x':{'^'}{w}}|")
print(f"{{literal}} {w!r} {w!s} {w=} {w * 2 = } {'a' 'b'}")
name = "World"
print(f"Hello, {name.upper()[:3]}! {len(name):#x} {[1, 2][1]} {dict(a=1)['a']} {(lambda: 9)()}")
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 2.345}, "%c%c" % (72, "i"), "%r %a" % ("é", "é"), "%%")
print("-" * 20, "=" * 0, "ab" * -1 == "", "%s" % (1,), "%s" % [1, 2], "%s %s" % ("x", (1, 2)))
try:
    "%d %d" % (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%z" % 1
except ValueError as e:
    print(type(e).__name__, e)
