# repr of strings with escapes and unicode, str/repr of nested quotes
samples = ["'", '"', '\'"', '\\', '\n', '\r', '\t', '\x0b', '\x1b', '\x80', '\xa0',
           '\xff', '\u0100', '\u200b', '\ud7ff', '\U0001f600', 'café', '日本', 'a\x00b']
for s in samples:
    print(repr(s), len(s))
print("-- str.isprintable")
print('abc'.isprintable(), '\n'.isprintable(), '\xa0'.isprintable(), 'é'.isprintable())
print("-- string escapes in source")
print('\x41\u0042\U00000043', '\101', '\N{BULLET}' == '\u2022')
print(r'\n is raw', len(r'\n'))
print('line1\
line2')
print('adjacent' ' literals' " join")
print('''triple
quoted''')
