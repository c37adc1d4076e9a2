# functions created from the same def share one code object
def make():
    def inner():
        return 1
    return inner

fs = [make() for i in range(3)]
print(fs[0] is fs[1])
print(fs[0].__code__ is fs[1].__code__)
print(fs[1].__code__ is fs[2].__code__)
print(fs[0] == fs[1])

print("-- lambdas from the same expression")
lams = [lambda: i for i in range(3)]
print(lams[0] is lams[1], lams[0].__code__ is lams[1].__code__)

print("-- different defs never share")
def a():
    return 1
def b():
    return 1
print(a.__code__ is b.__code__)

print("-- closures with different cells share code")
def adder(n):
    return lambda x: x + n
a5, a7 = adder(5), adder(7)
print(a5.__code__ is a7.__code__)
print(a5.__closure__[0] is a7.__closure__[0])
print(a5(1), a7(1))

print("-- code object is a constant of the enclosing code")
consts = make.__code__.co_consts
codes = [c for c in consts if type(c) is type(make.__code__)]
print(len(codes))
print(codes[0] is fs[0].__code__)
print(codes[0].co_name)

print("-- code of function defined in a loop")
made = []
for i in range(3):
    def loopfn():
        return i
    made.append(loopfn)
print(made[0] is made[1], made[0].__code__ is made[2].__code__)
print([m() for m in made])
