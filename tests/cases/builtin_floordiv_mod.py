# // and % with negative numbers, and true division
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print('%3d // %3d = %3d   %3d %% %3d = %3d   %3d / %3d = %s' % (a, b, a // b, a, b, a % b, a, b, a / b))
print("-- floats")
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.1), (-0.5, 1)]:
    print(a, b, a // b, a % b, a / b)
print("-- identity a == (a // b) * b + a % b")
print(all([(a // b) * b + a % b == a for a in range(-10, 11) for b in range(-4, 5) if b]))
print("-- true division always returns float")
print(4 / 2, 1 / 3, -1 / 3, 10 ** 20 / 10 ** 10, type(4 / 2).__name__)
print("-- mixed int/float")
print(3 + 0.5, 3 * 1.0, 2 ** 0.5 * 2 ** 0.5, 1 - 0.9)
print("-- modulo of strings is formatting, not arithmetic")
print('%d items' % 3)
