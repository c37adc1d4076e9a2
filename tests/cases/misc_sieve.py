# prime sieve and related number theory, built from functions
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= n:
        if is_prime[p]:
            for m in range(p * p, n + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(100)
print(primes)
print(len(sieve(10000)))

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

for n in [2, 12, 97, 360, 1001, 2 ** 20, 600851475143]:
    print(n, factorize(n))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def lcm(a, b):
    return a * b // gcd(a, b)

print(gcd(1071, 462), lcm(4, 6))
acc = 1
for i in range(1, 21):
    acc = lcm(acc, i)
print(acc)

def totient(n):
    return len([k for k in range(1, n + 1) if gcd(n, k) == 1])
print([totient(n) for n in range(1, 21)])
