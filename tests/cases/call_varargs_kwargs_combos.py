# combinations of *args and **kwargs forwarding
def target(a, b=2, *rest, c, d=4, **extra):
    return 'a=%r b=%r rest=%r c=%r d=%r extra=%r' % (a, b, rest, c, d, extra)

def forward(*args, **kwargs):
    return target(*args, **kwargs)

def forward_modified(*args, **kwargs):
    kwargs.setdefault('c', 'default-c')
    return target(*args[::-1], **kwargs)

print(forward(1, c=3))
print(forward(1, 2, 3, 4, c=5, z=6))
print(forward(c=0, a=1))
print(forward_modified(1, 2, 3))
print(forward_modified(1, c='given'))

print("-- forwarding preserves errors")
try:
    forward()
except TypeError as e:
    print(e)
try:
    forward(1)
except TypeError as e:
    print(e)

print("-- args tuple and kwargs dict are fresh per call")
def capture(*args, **kwargs):
    return args, kwargs
a1, k1 = capture(1, x=1)
a2, k2 = capture(1, x=1)
print(a1 == a2, k1 == k2, k1 is k2)
k1['y'] = 2
print(k2)

print("-- call with only kwargs into a *args function")
def only_args(*args):
    return args
print(only_args())
print(only_args(*[]))
print(only_args(**{}))

print("-- kwargs keys order preserved through forwarding")
def keys(**kw):
    return list(kw)
def fw(**kw):
    return keys(**kw, last=True)
print(fw(z=1, y=2, x=3))
