# sum, abs, any, all
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([0.1] * 10))
print(sum([1, 2], 10), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([1.5, 2.5], start=1))
print(sum([x * x for x in range(4)]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
print("-- abs")
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 30))
print(abs(float('-inf')))
print("-- any / all")
print(any([]), all([]))
print(any([0, '', None]), any([0, 'x']), all([1, 'x', [0]]), all([1, 0]))
print(any([x > 3 for x in [1, 5]]))
print(all([isinstance(v, int) for v in [1, 2, True]]))
print("-- short-circuit")
seen = []
def check(v):
    seen.append(v)
    return v
print(any(map(check, [0, 1, 2, 3])), seen)
seen.clear()
print(all(map(check, [1, 0, 2])), seen)
