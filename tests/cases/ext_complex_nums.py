z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z * w, z / w, z - w, -z, abs(z), z.real, z.imag, z.conjugate())
print(z == complex(3, 4), z != w, complex("1+2j"), complex(2), complex(), 1j * 1j, (1j) ** 2, 2 ** 1j if False else "skip")
print(repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(1e20j), repr(complex(1.5, float("inf"))), repr(0.5 + 0j))
print(type(z).__name__, isinstance(z, complex), hash(complex(3, 0)) == hash(3), divmod(7, 2))
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(z)
except TypeError as e:
    print(type(e).__name__, e)
print(f"{z}", f"{w!r}", str(2j), format(1 + 1j), (1 + 2j) * 2.0, sum([1j, 2, 3.5]))
