import sys
eps = sys.float_info.epsilon
print(eps, 1.0 + eps > 1.0, 1.0 + eps / 2 == 1.0)
print(sys.float_info.max, sys.float_info.min, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max * 2, -sys.float_info.max * 2)
def approx_equal(a, b, rel=1e-9):
    return abs(a - b) <= rel * max(abs(a), abs(b), sys.float_info.min)
print(approx_equal(0.1 + 0.2, 0.3), approx_equal(1.0, 1.0001))
print(sys.maxsize == 2 ** 63 - 1, sys.hash_info.width, sys.hash_info.modulus, sys.int_info.bits_per_digit)
print(type(sys.float_info).__name__, len(sys.float_info) if hasattr(type(sys.float_info), "__len__") else "-")
