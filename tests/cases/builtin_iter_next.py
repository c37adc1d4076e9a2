# iter() and next() with default and StopIteration
it = iter([10, 20, 30])
print(next(it))
print(next(it), next(it))
print(next(it, 'done'))
print(next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration raised')

print("-- iterators over various types")
print(list(iter('abc')), list(iter((1, 2))), list(iter({'x': 1, 'y': 2})), list(iter(range(3))))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)
print(type(iter({})).__name__)

print("-- iterators are their own iterators")
it = iter([1, 2, 3])
print(iter(it) is it)
next(it)
print(list(it), list(it))

print("-- zip, map, enumerate are lazy iterators")
z = zip([1, 2], 'ab')
print(next(z), list(z), list(z))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, 'end'))
e = enumerate('xy')
print(next(e), next(e), next(e, 'no more'))

print("-- iter with a sentinel")
data = [1, 2, 3, None, 4]
idx = [0]
def get():
    v = data[idx[0]]
    idx[0] += 1
    return v
print(list(iter(get, None)))

print("-- consuming a shared iterator in a loop")
words = iter('one two three four five'.split())
for w in words:
    print(w, next(words, '-'))
