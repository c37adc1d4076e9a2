# recursion: fibonacci, factorial, sums, depth tracking
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print("-- fib")
print([fib(i) for i in range(20)])

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print("-- fact")
for n in (0, 1, 5, 10, 20, 30):
    print(n, fact(n))

def fib_memo(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

print("-- memoised fib")
print(fib_memo(90))
print(fib_memo(200))

def rsum(lst):
    if not lst:
        return 0
    return lst[0] + rsum(lst[1:])

print("-- recursive sum")
print(rsum(list(range(100))))

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

print("-- flatten")
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))

def depth(x):
    if not isinstance(x, (list, tuple)):
        return 0
    return 1 + max([depth(i) for i in x], default=0)

print(depth([]), depth([1]), depth([[1], [[2]]]), depth((1, (2, (3, (4,))))))

calls = 0
def count_fib(n):
    global calls
    calls += 1
    return n if n < 2 else count_fib(n - 1) + count_fib(n - 2)
print(count_fib(15), calls)
