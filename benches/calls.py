# Call shapes beyond the simple case: defaults, keywords, *args, **kwargs, lambdas.
def kw(a, b=2, *, c=3):
    return a + b + c

def star(*args):
    return len(args)

def dstar(**kwargs):
    return len(kwargs)

def run(n):
    total = 0
    sq = lambda x: x * x
    for i in range(n):
        total += kw(i) + kw(i, c=1) + kw(a=i, b=1)
        total += star(i, i) + dstar(x=i)
        total += sq(i) & 15
    return total

print(run(200000))
