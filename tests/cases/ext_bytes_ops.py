b = b"Hello, World"
print(b[0], b[-1], b[:5], b[::-1], len(b), b.upper(), b.lower(), b.split(b", "), b.replace(b"l", b"L"))
print(b.find(b"o"), b.count(b"l"), b.startswith(b"He"), b + b"!", b * 2, b"x" in b, 72 in b)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), "é".encode(), b"\xc3\xa9".decode("utf-8"), bytes(range(5)))
print(b.hex(), bytes.fromhex("41 42"), list(b"ab"), b"a,b".split(b","), b"-".join([b"a", b"b"]))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba), ba.decode(), ba[1:3])
for bad in [lambda: bytes([256]), lambda: b"a" + "b", lambda: b"\xff".decode("utf-8"), lambda: "é".encode("ascii"), lambda: bytes("x"), lambda: ba.__setitem__(0, 300)]:
    try:
        print(bad())
    except (ValueError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
print(b"abc" == b"abc", b"abc" < b"abd", b"" == bytes(), hash(b"x") == hash(b"x"), b"abc".isalpha(), b" x ".strip())
print(str(b"x"), repr(bytearray()), b"%d-%s" % (5, b"y"), b"A".decode("ascii"), b"abc".index(b"c"))
print("abc".encode("utf-16-le"), "€".encode("utf-8"), len("€".encode("utf-8")), b"\xe2\x82\xac".decode(), b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"))
