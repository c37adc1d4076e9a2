def make_counter(start):
    count = start
    def increment(step=1):
        return count + step
    return increment

def outer(x):
    def middle():
        def inner():
            return x
        return inner
    return middle

def shadow():
    x = 1
    def g(x):
        return x
    return g(x)
