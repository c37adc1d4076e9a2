calls = [
 "'abc'.strip(1)", "'abc'.lstrip(1)", "'abc'.rstrip(1,2)", "'abc'.strip(chars='a')", "'abc'.count()", "'abc'.count(1)", "'abc'.count('a',1,2,3)", "'abc'.count('a','x')",
 "''.join(1)", "''.join([1])", "''.join(['a',2])", "''.join()", "''.join(x=1)", "str(1,2,3)", "str(b'a',1)", "str(b'a','utf-8',1)", "str(1,'utf-8')", "str('a','utf-8')", "str(b'a', encoding='ascii')", "str(x=1)", "str(object=1)", "str(1,2,3,4)",
 "'abc'.encode(1)", "'abc'.encode('utf-8',1)", "'abc'.encode('nope')", "'abc'.encode(encoding='ascii', errors='x')", "'abc'.encode(foo=1)",
 "'abc'.find()", "'abc'.find(1)", "'abc'.find('a', 'x')", "'abc'.find('a', None, None)", "'abc'.find('a', 1.5)", "'abc'.index('z')", "'abc'.rindex('z')", "'abc'.index(1)", "'abc'.rfind(None)",
 "'abc'.startswith()", "'abc'.startswith(1)", "'abc'.startswith((1,))", "'abc'.endswith(['a'])", "'abc'.startswith('a', 'b')",
 "'abc'.split(1)", "'abc'.split('')", "'abc'.split(maxsplit='x')", "'abc'.split(sep=None, maxsplit=1)", "'abc'.split(None, 1, 2)", "'abc'.rsplit(1)", "'abc'.split(x=1)", "'abc'.splitlines(1.5)", "'abc'.splitlines('x')", "'abc'.splitlines(keepends=True)", "'abc'.splitlines(1,2)",
 "'abc'.replace('a')", "'abc'.replace(1,'b')", "'abc'.replace('a',1)", "'abc'.replace('a','b','c')", "'abc'.replace('a','b',1.5)", "'abc'.replace('a','b',count=1)",
 "'abc'.partition()", "'abc'.partition(1)", "'abc'.partition('')", "'abc'.rpartition(None)",
 "'abc'.center()", "'abc'.center('x')", "'abc'.center(5, 'xy')", "'abc'.center(5, 1)", "'abc'.ljust(5, '')", "'abc'.rjust(5,'x','y')", "'abc'.center(1.5)", "'abc'.center(10**30)",
 "'abc'.zfill()", "'abc'.zfill('x')", "'abc'.zfill(1.5)", "'abc'.expandtabs('x')", "'abc'.expandtabs(tabsize=2)", "'abc'.expandtabs(1,2)",
 "'abc'.upper(1)", "'abc'.lower(x=1)", "'abc'.isdigit(1)", "'abc'.title(1)", "'abc'.casefold(1)",
 "'abc'.removeprefix()", "'abc'.removeprefix(1)", "'abc'.removesuffix(None)", "'abc'.format_map()", "'abc'.format_map(1)", "'{a}'.format_map(1)", "'{}'.format_map({})",
 "str.upper(1)", "str.upper()", "str.join(1, [])", "'abc'.translate()", "'abc'.translate(1)", "'abc'.translate({97: 1.5})", "'abc'.translate({97: 0x110000})", "'abc'.translate({97: -1})", "str.maketrans()", "str.maketrans(1)", "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})", "str.maketrans('a', 'bc')", "str.maketrans(1, 'b')", "str.maketrans('a', 1)", "str.maketrans('a', 'b', 1)", "str.maketrans('a', 'b', 'c', 'd')", "str.maketrans({'a': 1}, 'b')", "''.maketrans('a','b')",
 "'a' * 'b'", "'a' + 1", "1 + 'a'", "'a' < 1", "'a'[5]", "'abc'[::0]", "len('abc', 1)", "'a' in 1", "1 in 'a'", "[] in 'a'", "'abc'.__getitem__()", "'abc'.__contains__(1)", "'%s' % 1 % 2",
 "'abc'.count('a', 10**30)", "'abc'.find('a', -10**30)", "'abc'[10**30]", "'abc'[-10**30:10**30]",
 "ord('ab')", "ord('')", "ord(1)", "chr(-1)", "chr(0x110000)", "chr('a')", "chr(10**30)",
]
for c in calls:
    try:
        r = repr(eval(c))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(c, "->", r)
