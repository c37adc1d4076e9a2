# augmented assignment with every operator
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b1010; print(x)
print("-- strings, lists, tuples")
s = 'ab'
s += 'cd'
s *= 2
print(s)
l = [1]
alias = l
l += [2]
l *= 2
print(l, alias, l is alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
print("-- on subscripts and attributes")
d = {'n': 1}
d['n'] += 10
d.setdefault('m', 0)
d['m'] -= 1
print(d)
lst = [1, 2, 3]
lst[-1] **= 2
lst[0] <<= 4
print(lst)
def f():
    pass
f.count = 0
f.count += 1
f.count += 1
print(f.count)
print("-- subscript evaluated once")
calls = []
def key():
    calls.append('key')
    return 'n'
d[key()] += 1
print(d['n'], calls)
print("-- errors")
try:
    z = 'a'
    z -= 1
except TypeError as e:
    print('TypeError:', e)
try:
    t = (1,)
    t += [2]
except TypeError as e:
    print('TypeError:', e)
