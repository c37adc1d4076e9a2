import sys
print(repr([].append.__doc__))
print(repr(list.append.__doc__), repr(list.append.__text_signature__))
print(repr(str.join.__doc__))
print(repr(dict.get.__doc__))
print(repr(abs.__text_signature__), repr(abs.__doc__))
print(repr(int.__add__.__doc__))
print(repr(sys.getrecursionlimit.__doc__))
print(repr(sys.getrecursionlimit.__text_signature__))
print(repr((1).bit_length.__text_signature__))
print(repr(dict.fromkeys.__doc__))
print(repr(str.maketrans.__doc__))
for name in ['upper', 'split', 'count', 'encode']:
    print(name, repr(getattr(str, name).__doc__)[:60])
