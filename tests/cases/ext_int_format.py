n = 1234567
print(f"{n:,}", f"{n:_}", f"{n:>12,}", f"{n:<12}|", f"{n:^12}|", f"{n:+}", f"{-n:+}", f"{n: }")
print(f"{255:b}", f"{255:#b}", f"{255:o}", f"{255:#o}", f"{255:x}", f"{255:#X}", f"{255:08b}", f"{255:#010x}")
print(f"{65:c}", f"{n:e}", f"{n:.2e}", f"{n:f}", f"{n:%}", f"{n:g}", f"{10**7:g}", f"{n:n}")
print(format(42), format(42, "5d"), format(-42, "05d"), format(42, "=+6"), format(True, "d"), format(3, ".2f"))
print(bin(10), oct(10), hex(10), bin(-10), hex(-255), int("ff", 16), int("0x1F", 0), int("0b101", 0), int("777", 8), int(" 42 "), int("1_000"))
for bad in ["12a", "", "0x", "1__0", "4.5"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("z", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(12, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'x':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1.5:x}"
except ValueError as e:
    print(type(e).__name__, e)
print(2 ** 100, -2 ** 63, (2 ** 64) // 3, (2 ** 64) % 1000, 10 ** 30 // 7, -(10 ** 20) // 3, (10**20).bit_length())
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"), (5).bit_length(), (-5).bit_length(), (2**70).bit_length())
print(divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, pow(3, 4, 5), pow(2, -1, 7), pow(10, 20), abs(-10**25))
print(7 / 2, 8 / 2, 2 ** 0.5, 10 ** -2, 0 ** 0, round(10**20 / 3))
print(repr(10**25), str(-10**25), f"{10**25:,}", hash(2**61 - 1), hash(2**61), hash(-2**61))
print(True + True, True * 10, int(True), -True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3, 2**70 >> 68)
