def gen_range(n):
    i = 0
    while i < n:
        yield i
        i += 1

def squares(it):
    for x in it:
        yield x * x

def pipeline(n):
    total = 0
    for v in squares(gen_range(n)):
        total += v
    return total

def genexpr_sum(n):
    return sum(x for x in range(n) if x % 3)

def yf(n):
    yield from gen_range(n)

total = 0
for _ in range(5):
    total += pipeline(100000)
    total += genexpr_sum(100000)
    total += sum(yf(50000))
print(total)
