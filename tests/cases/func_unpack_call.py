# argument unpacking at the call site: f(*seq, **mapping)
def f(a, b, c, d=None):
    return a, b, c, d

print("-- single star")
print(f(*[1, 2, 3]))
print(f(*(1, 2, 3, 4)))
print(f(*'xyz'))
print(f(*range(3)))
print(f(0, *[1, 2]))
print(f(*[0], *[1], *[2]))
print(f(*[0, 1], 2, *[]))

print("-- double star")
print(f(**{'a': 1, 'b': 2, 'c': 3}))
print(f(1, **{'c': 3, 'b': 2}))
print(f(1, 2, **{'c': 3}, **{'d': 4}))
print(f(*[1], **dict(b=2, c=3)))

print("-- mixed")
args = (1, 2)
kw = {'d': 'D'}
print(f(*args, 3, **kw))
print(f(*args, c=3, **kw))

print("-- print with unpacking")
print(*[1, 2, 3])
print(*'abc', sep='-')
print(*[], 'only')
words = ['a', 'b']
opts = {'sep': '+', 'end': '!\n'}
print(*words, **opts)

print("-- unpack dict keys with *")
d = {'x': 1, 'y': 2}
print(*d)
print(f(*d, 'z'))

print("-- errors")
try:
    f(*[1, 2])
except TypeError as e:
    print(e)
try:
    f(1, **{'a': 2, 'b': 3, 'c': 4})
except TypeError as e:
    print(e)
try:
    f(*1)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(1, 2, **{'c': 3}, **{'c': 4})
except TypeError as e:
    print(e)
