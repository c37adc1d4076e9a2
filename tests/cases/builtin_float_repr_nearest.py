# Float repr when two equally short 16/17-digit decimal strings both round-trip: CPython
# picks the one nearest the exact binary value (ties to even), in repr, str, f-strings,
# %r, format() and str.format().
for x in [1297814976146821.25, 81617800278414.625, 2126379083102313.25, 1398125350313159.25,
          0.21609033878530155, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 2 / 3, 1e16 / 3]:
    print(repr(x), str(-x), f'{x}', '%r' % x, format(x, ''), '{!r}'.format(x), [x], repr(x * 1e-20))
state = 5
for _ in range(2000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    x = state / 2**64 * 10 ** (state % 40 - 20)
    print(repr(x), end=' ')
print()
