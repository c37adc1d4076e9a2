def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k, p in enumerate(is_p) if p]

def factorize(n):
    if n < 2:
        raise ValueError(f"cannot factorize {n}")
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out

ps = sieve(100)
print(len(ps), ps[:10], ps[-3:], sum(ps))
for n in [12, 97, 360, 2 ** 31 - 1, 600851475143, 1]:
    try:
        f = factorize(n)
        print(n, f, " * ".join([f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()]))
    except ValueError as e:
        print("error:", e)
gaps = [b - a for a, b in zip(ps, ps[1:])]
print(max(gaps), gaps.count(2), sorted(set(gaps)))
twin = [(a, b) for a, b in zip(ps, ps[1:]) if b - a == 2]
print(twin[:5], len(twin))
print(pow(2, 100, 97), [p for p in ps if pow(2, p - 1, p) == 1][:5], 561 % 3)
