# nonlocal counters and accumulators
def make_counter():
    count = 0
    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr

c = make_counter()
print(c(), c(), c(10), c())

def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total, len(history)
    return add
acc = make_accumulator()
for v in [5, 10, -3]:
    print(acc(v))

print("-- nonlocal assignment from a loop")
def running_max(xs):
    best = None
    def consider(v):
        nonlocal best
        if best is None or v > best:
            best = v
    for x in xs:
        consider(x)
    return best
print(running_max([3, 9, 2, 11, 4]))
print(running_max([]))

print("-- nonlocal with multiple names")
def fibber():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
n = fibber()
print([n() for _ in range(12)])

print("-- nonlocal in lambda is impossible; use a list cell instead")
def box_counter():
    box = [0]
    inc = lambda: box.__setitem__(0, box[0] + 1) or box[0]
    return inc
b = box_counter()
print(b(), b(), b())

print("-- nonlocal del")
def deleter():
    x = 1
    def kill():
        nonlocal x
        del x
    def read():
        return x
    kill()
    try:
        return read()
    except NameError as e:
        return str(e)
print(deleter())
