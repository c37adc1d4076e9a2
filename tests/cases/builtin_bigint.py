# arbitrary-precision integer arithmetic
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(30))
print(fact(50))
print(fact(30) // fact(28), fact(30) % 1000007)
print(3 ** 100 - 2 ** 150)
print((10 ** 30 + 1) * (10 ** 30 - 1))
print(-(10 ** 25) // 7, -(10 ** 25) % 7, divmod(10 ** 25, -7))
print(2 ** 200 // 3 ** 50)
print(int('9' * 40) + 1)
print(str(2 ** 333)[:20], len(str(2 ** 333)))
print(abs(-(2 ** 90)), (2 ** 90).bit_length())
print(2 ** 100 == 2.0 ** 100, 2 ** 100 < 2 ** 100 + 1, 10 ** 18 * 10 > 10 ** 18)
print(1 << 100, (1 << 100) >> 98, (2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70))
print(~(2 ** 65), -(2 ** 65) >> 3)
print(hex(2 ** 70)[2:], oct(2 ** 40)[2:], bin(2 ** 20)[2:])
print(pow(7, 10 ** 10, 10 ** 9 + 7))
print(sum(range(10 ** 6)) * 10 ** 10)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
