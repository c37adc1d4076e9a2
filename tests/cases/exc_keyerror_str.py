# KeyError's special str: repr of the single argument
for e in [KeyError('key'), KeyError(1), KeyError(''), KeyError(None), KeyError(('a', 'b')),
          KeyError(), KeyError('a', 'b'), KeyError("it's")]:
    print('str=%s | repr=%r | args=%r' % (e, e, e.args))

print("-- from dict lookups")
d = {'a': 1}
for key in ['missing', 5, (1, 2), None, 2.5]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), '|', repr(e))

print("-- dict.pop and del")
try:
    d.pop('nope')
except KeyError as e:
    print(e)
try:
    del d['gone']
except KeyError as e:
    print(e)

print("-- LookupError does not have the special str")
print(str(LookupError('key')))
print(str(IndexError('idx')))
