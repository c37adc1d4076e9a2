cases = [b'\xff', b'a\xe2\x82', b'\xe2\x28\xa1', b'\xc3', b'\xc3(', b'\xf0\x9f\x98', b'\xf0\x9f\x98x', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf5\x80\x80\x80', b'\xf4\x90\x80\x80', b'\x80\x80', b'ab\xffcd\xfe', b'\xe0\x80\x80', b'\xf0\x80\x80\x80']
for b in cases:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            r = b.decode('utf-8', errors)
            print(b, errors, ascii(r))
        except UnicodeDecodeError as e:
            print(b, errors, 'UDE', e, e.start, e.end, e.reason, e.encoding, e.object)
for enc in ['ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for b in [b'ab\xffc', b'\x00', b'a\x00b', b'\x00\xd8\x00\xdc', b'\x00\xd8a\x00', b'\x00\xdc\x00\x00', b'\xff\xfea\x00', b'\xfe\xff\x00a', b'\x00\x00\x11\x00', b'\xff\xfe\x00\x00a\x00\x00\x00', b'abc']:
        for errors in ['strict', 'replace', 'backslashreplace', 'ignore']:
            try:
                r = b.decode(enc, errors)
                print(enc, b, errors, ascii(r))
            except UnicodeDecodeError as e:
                print(enc, b, errors, 'UDE', e, e.start, e.end)
for s in ['abc', 'é', '€', 'a€b😀', '\x80', 'ÿ', 'Āé']:
    for enc in ['ascii', 'latin-1', 'iso-8859-1', 'utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF8', 'utf_8', 'U8', 'Latin1', 'l1', 'us-ascii', 'utf16', 'UTF-32LE']:
        for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
            try:
                print(ascii(s), enc, errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(ascii(s), enc, errors, 'UEE', e, e.start, e.end, e.reason, e.encoding, ascii(e.object))
for args in [('x',), ('utf-8', 'bogus'), ('bogus',)]:
    try: print('é'.encode(*args))
    except Exception as e: print(type(e).__name__, e)
    try: print(b'\xff'.decode(*args))
    except Exception as e: print(type(e).__name__, e)
try: print(b'abc'.decode('utf-8', 'bogus'))
except Exception as e: print(type(e).__name__, e)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(str(e), repr(e), e.args, e.start, e.end, e.reason, e.object, e.encoding)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad')
print(str(e))
e = UnicodeEncodeError('ascii', 'é€', 0, 1, 'ordinal not in range(128)')
print(str(e), repr(e), e.args)
e = UnicodeEncodeError('ascii', 'é€', 0, 2, 'nope')
print(str(e))
e = UnicodeEncodeError('ascii', '\U0001f600', 0, 1, 'nope')
print(str(e))
e = UnicodeEncodeError('ascii', 'a', 0, 1, 'nope')
print(str(e))
e = UnicodeTranslateError('\xe9', 0, 1, 'nope')
print(str(e), e.args)
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeError, ValueError))
