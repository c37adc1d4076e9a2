# deeper recursion: ackermann, gcd, power, binary strings, hanoi count
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print("-- ackermann")
for m in range(3):
    print([ack(m, n) for n in range(5)])
print(ack(2, 3), ack(3, 2), ack(3, 3))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print("-- gcd")
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2**40, 6**20))

def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)

print("-- power")
print(power(2, 10), power(3, 13), power(7, 0), power(2, 100))

def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)

print("-- binary")
print([binary(i) for i in range(9)])
print(binary(1000))

def hanoi_moves(n):
    return 0 if n == 0 else 2 * hanoi_moves(n - 1) + 1
print("-- hanoi")
print([hanoi_moves(i) for i in range(11)])

def count_down(n, acc):
    if n == 0:
        return acc
    return count_down(n - 1, acc + [n])
print(count_down(10, []))
