# late binding of loop variables in closures and the default-argument fix
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
i = 'changed'
print([f() for f in fs])

print("-- inside a function: the loop variable cell")
def make():
    out = []
    for j in range(4):
        def f():
            return j
        out.append(f)
    return out
made = make()
print([f() for f in made])
print(made[0].__closure__[0] is made[3].__closure__[0])

print("-- default argument fix")
def make_fixed():
    return [lambda j=j: j for j in range(4)]
print([f() for f in make_fixed()])

print("-- factory function fix")
def make_factory():
    def bind(v):
        return lambda: v
    return [bind(k) for k in range(4)]
fac = make_factory()
print([f() for f in fac])
print(fac[0].__closure__[0] is fac[1].__closure__[0])

print("-- comprehension variable is a cell of the comprehension")
lams = [lambda: n * 10 for n in range(3)]
print([f() for f in lams])

print("-- closure sees the final value even if set after creation")
def final():
    funcs = []
    for x in 'abc':
        funcs.append(lambda: x)
    x = 'zzz'
    return [f() for f in funcs]
print(final())
