# while/for with else, break and continue in function bodies
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        return 'not found'
    return 'found at %d' % i

print(find([5, 6, 7], 6), find([5, 6, 7], 9), find([], 1))

def first_prime_above(n):
    k = n + 1
    while True:
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                break
        else:
            return k
        k += 1
print([first_prime_above(n) for n in [1, 10, 20, 100, 1000]])

def countdown(n):
    out = []
    while n > 0:
        n -= 1
        if n % 2:
            continue
        out.append(n)
    else:
        out.append('done')
    return out
print(countdown(7))

def nested_break():
    pairs = []
    for a in range(4):
        for b in range(4):
            if b > a:
                break
            if (a + b) % 2:
                continue
            pairs.append((a, b))
    return pairs
print(nested_break())

print("-- loop variable after loop")
for i in range(3):
    pass
print(i)
for j in []:
    pass
print('j' in globals())
print("-- pass and ellipsis bodies")
def stub():
    ...
print(stub(), ... is Ellipsis, repr(...))
