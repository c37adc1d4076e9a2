# slicing of lists, strings and tuples with negative indices and steps
s = 'abcdefgh'
l = list(range(8))
t = tuple(s)
for seq in (s, l, t):
    print(seq[2:5], seq[:3], seq[5:], seq[-3:], seq[:-3], seq[::2], seq[1::3], seq[::-1], seq[-2:1:-2], seq[10:], seq[3:3])
print("-- out-of-range bounds are clipped")
print(s[-100:100], s[5:-100], l[100:], t[-100:2])
print("-- slice objects")
sl = slice(1, 6, 2)
print(s[sl], l[sl], t[sl])
print(sl.start, sl.stop, sl.step)
print(slice(None, None, -1).indices(5), slice(-3, None).indices(8), slice(1, 100, 3).indices(10))
print("-- negative step with omitted bounds")
print(s[::-2], s[5::-1], s[:2:-1])
print("-- copying")
copy = l[:]
print(copy == l, copy is l)
print("-- step of zero")
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
print("-- extended slice assignment")
m = list(range(6))
m[::2] = 'abc'
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print('ValueError:', e)
m[1:1] = ['inserted', 'two']
print(m)
del m[::2]
print(m)
