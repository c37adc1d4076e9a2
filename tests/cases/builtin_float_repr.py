# float repr: shortest round-trip representation
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.5, 100.0, 1e16, 1e15, 123456789.0, 1e22,
          1e-05, 0.0001, 0.001, 1.5e-10, 3.141592653589793, 2.0 ** 0.5, 1 / 3, 2 / 3,
          float('inf'), float('-inf'), float('nan'), -0.0, 0.0, 1e308, 5e-324,
          123.456, 0.30000000000000004, 9007199254740993.0, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v))
print("-- arithmetic results")
print(7 / 2, 1 / 8, 10 / 4, 2 ** -1, 3 * 1.1, 0.1 * 3, 1.1 + 2.2)
print(10 / 5, type(10 / 5).__name__)
print(1e16 + 1, 2.5e-3 * 4)
print(float(10 ** 16), float('1e500'), float('-0'))
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(int(3.99), int(-3.99), float(3))
print("-- nan comparisons")
nan = float('nan')
print(nan == nan, nan != nan, nan is nan, [nan] == [nan])
print("-- floats in containers")
print([0.1, 1e-7, 1e100], (1.0,), {'f': 2.50})
