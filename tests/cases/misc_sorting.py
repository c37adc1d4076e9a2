# sorting algorithms implemented as functions
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])

def merge_sort(xs, key=lambda v: v):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid], key), merge_sort(xs[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]

def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        cur = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > cur:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = cur
    return xs

def lcg(seed):
    state = seed
    def rand():
        nonlocal state
        state = (state * 1103515245 + 12345) % (2 ** 31)
        return state % 1000
    return rand

rand = lcg(42)
data = [rand() for _ in range(30)]
print(data)
expected = sorted(data)
for fn in (quicksort, merge_sort, insertion_sort):
    result = fn(data)
    print(fn.__name__, result == expected, result[:8])
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'date']
print(merge_sort(words, key=len))
print(quicksort(words))
print(insertion_sort('sorting'))
