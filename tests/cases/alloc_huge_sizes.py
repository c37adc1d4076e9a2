print("before")
cases = [
    "[0] * (2**62)",
    "[None] * (2**47)",
    "[None] * (2**44)",
    "[0] * (2**63)",
    "(0,) * (2**62)",
    "(1, 2) * (2**47)",
    "'a' * (2**47)",
    "'ab' * (2**62)",
    "'a' * (2**63)",
    "b'a' * (2**47)",
    "b'ab' * (2**62)",
    "(5).to_bytes(2**47, 'big')",
    "(5).to_bytes(2**62, 'little')",
    "(5).to_bytes(2**63, 'little')",
    "bytes(2**47)",
    "bytes(2**62)",
    "bytes(2**63)",
    "list(range(2**62))",
    "list(range(2**47))",
    "tuple(range(2**62))",
    "'x'.ljust(2**47)",
    "'x'.rjust(2**62)",
    "'x'.center(2**47)",
    "'x'.zfill(2**47)",
    "'x'.ljust(2**63)",
    "b'x'.ljust(2**47)",
    "b'x'.zfill(2**47)",
    "'%*d' % (2**47, 1)",
    "'{:200000000000000}'.format(1)",
    "format(1, '200000000000000')",
    "f'{1:>200000000000000}'",
    "'x'.expandtabs(2**47)",
    "'\\tx'.expandtabs(2**47)",
    "sorted(range(2**62))",
    "1 << 2**62",
    "[1,2][::1] * (2**61)",
    "'abc'.replace('', 'x' * 1) * 2**61",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__, len(r) if hasattr(r, '__len__') else r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
l = [1, 2]
try:
    l *= 2**62
except MemoryError as e:
    print("l *= ", type(e).__name__, e)
print(len(l))
s = "ab"
try:
    s *= 2**62
except (MemoryError, OverflowError) as e:
    print("s *= ", type(e).__name__, e)
t = (1,)
try:
    t *= 2**62
except MemoryError as e:
    print("t *=", type(e).__name__, e)
print("after")
