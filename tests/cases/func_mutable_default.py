# mutable default argument is shared between calls (evaluated once)
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print("-- shared list")
a = add_item(1)
b = add_item(2)
print(a, b)
print(a is b)
print(add_item.__defaults__)
print(add_item.__defaults__[0] is a)

print("-- explicit list not shared")
c = add_item(3, [])
print(c)
print(add_item.__defaults__)

print("-- dict default as cache")
def counter(key, seen={}):
    seen[key] = seen.get(key, 0) + 1
    return seen[key]
for k in ['a', 'b', 'a', 'a', 'c', 'b']:
    print(k, counter(k))
print(counter.__defaults__)

print("-- reset via __defaults__")
add_item.__defaults__ = ([],)
print(add_item(10))
print(add_item(11))

print("-- evaluation count")
calls = []
def make_default():
    calls.append('called')
    return len(calls)
def uses(x=make_default()):
    return x
print(uses(), uses(), uses())
print(calls)
