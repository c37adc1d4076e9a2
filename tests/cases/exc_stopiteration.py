# StopIteration from next() and its value
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args, e.value)
print(next(it, 'default'))

print("-- StopIteration with a value")
e = StopIteration(42)
print(e.value, e.args)
e2 = StopIteration()
print(e2.value)
e3 = StopIteration(1, 2)
print(e3.value, e3.args)

print("-- exhausting iterators in a loop by hand")
def manual_loop(iterable):
    out = []
    it = iter(iterable)
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(manual_loop('abc'))
print(manual_loop(range(3)))
print(manual_loop({}))

print("-- iter with sentinel")
values = [3, 2, 1, 0, 5]
pos = [0]
def produce():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(produce, 0)))
