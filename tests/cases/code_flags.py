# co_flags bits: OPTIMIZED 0x01, NEWLOCALS 0x02, VARARGS 0x04, VARKEYWORDS 0x08, NESTED 0x10
def bits(fn):
    fl = fn.__code__.co_flags
    names = []
    for bit, name in [(0x01, 'OPTIMIZED'), (0x02, 'NEWLOCALS'), (0x04, 'VARARGS'),
                      (0x08, 'VARKEYWORDS'), (0x10, 'NESTED'), (0x20, 'GENERATOR'),
                      (0x40, 'NOFREE')]:
        if fl & bit:
            names.append(name)
    return names

def plain(a):
    return a
def va(*a):
    pass
def vk(**k):
    pass
def both(x, *a, **k):
    pass
def outer():
    y = 1
    def inner():
        return y
    def inner_nofree():
        return 1
    return inner, inner_nofree

print('plain', bits(plain))
print('va', bits(va))
print('vk', bits(vk))
print('both', bits(both))
inner, inner_nofree = outer()
print('outer', bits(outer))
print('inner', bits(inner))
print('inner_nofree', bits(inner_nofree))
print('lambda', bits(lambda *a: a))

print("-- raw numbers")
print(plain.__code__.co_flags)
print(va.__code__.co_flags)
print(vk.__code__.co_flags)
print(both.__code__.co_flags)
print(inner.__code__.co_flags)
print(inner_nofree.__code__.co_flags)

print("-- individual checks")
print(plain.__code__.co_flags & 0x04 == 0)
print(va.__code__.co_flags & 0x04 != 0)
print(vk.__code__.co_flags & 0x08 != 0)
print(inner.__code__.co_flags & 0x10 != 0)
print(plain.__code__.co_flags & 0x10 == 0)

print("-- module code has no OPTIMIZED/NEWLOCALS")
m = compile("x = 1", "<s>", "exec")
print(m.co_flags & 0x03)
