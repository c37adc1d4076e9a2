samples = ['', 'a', 'abc', 'Hello World', '  spaced  out  ', 'ǆemal ǅx Ǆ', 'ΑΣ ΣΑ ΌΣΟΣ σς', 'ß straße', 'İstanbul', 'ﬁre ﬂow', 'x\u0345y', 'hello_world-123 foo.bar', "they're bill's", '3rd 4TH', '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2028 z', 'ǰ ŉ ΐ', 'ᾳ ᾼ ῳ', 'Ⅻ ⅻ ① ² ³ ½ 一 二 ٣ ๓ 𝟘', 'a\u0301b', '\u00c5ngstr\u00f6m', 'ÉCOLE école']
methods = ['upper', 'lower', 'casefold', 'swapcase', 'capitalize', 'title', 'isupper', 'islower', 'istitle', 'isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isascii', 'isprintable', 'isidentifier']
for s in samples:
    print(ascii(s), [ascii(getattr(s, m)()) for m in methods])
for s in ['a,b,,c', ',a,', '', 'abc', 'a  b   c', '  a  ', 'aaa', 'abab']:
    print(ascii(s), s.split(','), s.rsplit(',', 1), s.split(), s.split(None, 1), s.rsplit(None, 1), s.split('a'), s.rsplit('a', 1), s.split('ab'), s.rsplit('ab'), s.partition('a'), s.rpartition('a'), s.split(',', 0), s.split(maxsplit=0))
for s in ['a\nb\r\nc\rd', '\n', 'a\n\n', '', 'x\x0by\x0cz\x1c\x1d\x1e\x85\u2028\u2029e', '\r\r\n']:
    print(ascii(s), s.splitlines(), s.splitlines(True))
s = 'Mississippi'
for args in [('s',), ('ss',), ('',), ('i', 5), ('i', -3), ('i', 2, 4), ('x',), ('i', None, -1), ('', 11), ('', 12), ('ssi', -100, 100), ('i', 11), ('pi', 9), ('', -1)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args), s.startswith(*args), s.endswith(*args))
for args in [('i', 'I'), ('ss', ''), ('', '-'), ('', '-', 3), ('i', 'XX', 2), ('s', 's', -1), ('x', 'y'), ('iss', 'a', 0)]:
    print(args, s.replace(*args))
for w in [-1, 0, 5, 11, 12, 15, 20]:
    print(w, repr(s.center(w)), repr(s.ljust(w, '.')), repr(s.rjust(w, '*')), repr(s.zfill(w)), repr('-42'.zfill(w)), repr('+'.zfill(w)))
for t in ['a\tb', '\t', 'ab\tcd\tef', 'a\nb\tc', '12345678\tx', 'é\tz', 'a\r\tb']:
    print(ascii(t), ascii(t.expandtabs()), ascii(t.expandtabs(4)), ascii(t.expandtabs(0)), ascii(t.expandtabs(-1)), ascii(t.expandtabs(1)))
for t in ['  xx  ', 'xxyxx', '', '\u3000a\u3000', 'abcba']:
    print(ascii(t), ascii(t.strip()), ascii(t.lstrip('x ')), ascii(t.rstrip('xa')), ascii(t.strip('')), ascii(t.strip('abc')))
print('-'.join(['a', 'b']), ''.join([]), ', '.join('abc'), 'x'.join(('1', '2', '3')), '-'.join({'k': 1}), '+'.join(iter(['p', 'q'])))
print('abc'.removeprefix('ab'), 'abc'.removeprefix('x'), 'abc'.removesuffix('bc'), 'abc'.removesuffix(''), ''.removeprefix(''))
print('%s|%r|%a' % ('é', 'é', 'é'), 'a' 'b', 'ab' * 3, 3 * 'x', 'x' * -1, 'x' * 0)
print('abc' < 'abd', 'a' < 'B', 'é' > 'z', 'abc' == 'abc', 'ab' in 'abc', '' in 'abc', 'abc'.__contains__('bc'))
print(sorted(['b', 'A', 'a', 'é', 'É', 'B']), max('hello'), min('hello'), list(reversed('abc')))
print(str(), str(123), str(1.5), str([1, 'a']), str(b'x'), str(None), str(str), repr('a"b\'c'), repr("a'b"), repr('a"b'))
print('ǅ'.upper(), 'ǅ'.lower(), 'ǅ'.title(), 'ǅ'.swapcase(), 'ǆ'.capitalize(), 'ﬃ'.upper(), 'ﬃ'.title(), 'ŉ'.upper())
print('ΣΑΣ'.lower(), 'ΑΣ.'.lower(), 'Σ'.lower(), 'ΑΣ\u0301'.lower(), 'ΑΣ Α'.lower(), 'aΣb'.lower(), 'ΣΑΣ'.capitalize(), 'ΣΑΣ ΣΑΣ'.title(), 'ΑΣ'.swapcase())
print('hello world'.title(), "it's a dog's life".title(), 'HELLO'.capitalize(), 'hELLO wORLD'.swapcase(), '123abc'.capitalize(), 'a1b2c3'.title())
print('abc'.index('c'), 'abcabc'.rindex('a'), 'abc'.find('c', 10), 'ab'.count('', 0, 1))
print(len('日本語'), '日本語'[1], '日本語'[::-1], '日本語'.encode(), 'a𝄞b'[1], len('a𝄞b'), 'a𝄞b'.find('b'), 'a𝄞b'.center(6, '*'))
