# collatz sequences with memoisation in a closure
def make_collatz():
    cache = {1: 1}
    def length(n):
        path = []
        while n not in cache:
            path.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        total = cache[n]
        for m in reversed(path):
            total += 1
            cache[m] = total
        return total
    return length, cache

length, cache = make_collatz()
print([length(n) for n in range(1, 21)])
best = max(range(1, 10000), key=length)
print(best, length(best))

def sequence(n):
    out = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        out.append(n)
    return out
print(sequence(27)[:15], len(sequence(27)), max(sequence(27)))
print(length(27) == len(sequence(27)))
