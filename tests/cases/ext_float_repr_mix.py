vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e17, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        -0.0, 1e308 * 10, -1e308 * 10, 5e-324, 2.5, 3.5, 1.0, 100.0, 1e22, 1e23, 9007199254740993.0,
        float("nan"), 0.30000000000000004, 123.456, 1.5e300 * 1.5e10]
for v in vals:
    print(repr(v), str(v), v.is_integer() if v == v and v not in (float("inf"), float("-inf")) else "-")
print([0.1, -0.0, float("inf")], (1.0,), {1.5: 2.25})
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(1234.5678, -2), round(7, -1))
print(int(2.9), int(-2.9), int(1e20), float(10**20), float("  -1.5e3 "), float("inf"), float("-Infinity"))
print(3.0 == 3, hash(3.0) == hash(3), hash(-1), hash(-2), hash(0.5))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2 ** -1, (-8) ** (1/3) if False else "skip")
print((1.5).as_integer_ratio(), (0.1).hex() if hasattr(0.1, "hex") else "nohex", float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else "nofromhex")
print(1e300 * 1e300, -1e300 * 1e300, 1e300 * 1e300 - 1e300 * 1e300)
print(abs(-0.0), max(0.0, -0.0), min(-0.0, 0.0), sum([0.1] * 10), sum([1, 2.5, 3]))
print(f"{1/3:.3f} {2.5:e} {1234567.891:,.2f} {0.25:%} {1e-7:g} {1e20:g} {123.0:g} {-4.2:+.1f} {3.14159:10.4f}|")
