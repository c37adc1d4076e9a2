# Calling closures: free-variable reads and writes through cells, nonlocal counters.
def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc

def make_adder(n):
    def add(x):
        return x + n
    return add

def run():
    inc = make_counter()
    add3 = make_adder(3)
    total = 0
    for i in range(1000000):
        total = add3(inc(1)) + total
    return total

print(run())
