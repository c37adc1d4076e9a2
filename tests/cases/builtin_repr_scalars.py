# repr/str of None, bool, int and str
for v in [None, True, False, 0, -1, 42, 10**20, -(2**64)]:
    print(repr(v), str(v))
print("-- strings")
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'new\nline', 'tab\t', 'back\\slash',
          '', 'é', '\x00', '\x7f', 'bell\a', '\u2603', '\r\n']:
    print(repr(s))
print("-- str of strings is the string itself")
print(str('abc'), str(''), len(str('x')))
print("-- bools are ints")
print(True + True, True * 10, False - 1, int(True), str(True + 0))
print(isinstance(True, int), type(True).__name__)
print("-- int reprs")
print(repr(0b1010), repr(0o17), repr(1_000_000), repr(-0))
print(str(123456789012345678901234567890))
