# argument passing is by object reference
def mutate(lst):
    lst.append('added')

def rebind(lst):
    lst = ['new']
    return lst

def same(a, b):
    return a is b

data = [1]
mutate(data)
print(data)
print(rebind(data), data)
print(same(data, data))
print(same(data, list(data)))

print("-- immutable args")
def inc(n):
    n += 1
    return n
x = 5
print(inc(x), x)

def add_suffix(s):
    s += '!'
    return s
s = 'hi'
print(add_suffix(s), s)

print("-- augmented assignment mutates lists in place")
def extend(lst):
    lst += [9]
extend(data)
print(data)

def tup(t):
    t += (9,)
    return t
tt = (1,)
print(tup(tt), tt)

print("-- dict arguments")
def set_key(d, k, v):
    d[k] = v
cfg = {}
set_key(cfg, 'a', 1)
set_key(cfg, 'b', [2])
print(cfg)

print("-- *args receives the same objects")
def first(*args):
    return args[0]
obj = [0]
print(first(obj) is obj)
def kwval(**kw):
    return kw['k']
print(kwval(k=obj) is obj)
