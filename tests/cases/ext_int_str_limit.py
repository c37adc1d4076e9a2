import sys
big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)))
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else "n/a")
print(hex(big)[:10], big.bit_length(), big % 997, (big // 10 ** 4990))
try:
    float(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    big / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(big / big, big // big, 1 / big, (-big) // 7 < 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    5.0 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    "x" * (2 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [0] * (10 ** 20)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(0.0 ** 0, 0 ** 0.0, (-8) ** 2, (-2) ** -2, 10 ** 18 * 10 ** 18)
