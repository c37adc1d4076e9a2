# lambdas created in various loops and comprehensions
adders = {}
for n in (1, 2, 3):
    adders[n] = lambda x, n=n: x + n
print({k: f(10) for k, f in adders.items()})

def powers():
    return [lambda x, e=e: x ** e for e in range(5)]
print([p(2) for p in powers()])

def while_loop():
    out = []
    i = 0
    while i < 3:
        out.append(lambda: i)
        i += 1
    return [f() for f in out]
print(while_loop())

def nested_loops():
    out = []
    for a in range(2):
        for b in range(2):
            out.append(lambda a=a, b=b: (a, b))
    return [f() for f in out]
print(nested_loops())

def dict_comp_lambdas():
    d = {k: (lambda k=k: k.upper()) for k in 'xyz'}
    return {k: f() for k, f in d.items()}
print(dict_comp_lambdas())

print("-- all lambdas of one comprehension share a single cell")
fs = [lambda: v for v in range(3)]
print(fs[0].__closure__[0] is fs[2].__closure__[0])
print([f() for f in fs])
