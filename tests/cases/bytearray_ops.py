def t(src):
    try: print(src, '->', repr(eval(src)))
    except Exception as e: print(src, '->', type(e).__name__, e)
for s in ['bytearray()', 'bytearray(3)', 'bytearray(-1)', 'bytearray(2**64)', 'bytearray("ab")', 'bytearray("ab", "ascii")', 'bytearray([1, 300])', 'bytearray([1, "a"])', 'bytearray(1.5)', 'bytearray(b"x", "ascii")', 'bytearray(errors="x")', 'bytearray(x=1)', 'bytearray(b"ab") + b"c"', 'b"c" + bytearray(b"ab")', 'bytearray(b"ab") * 2', 'bytearray(b"ab") == b"ab"', 'bytearray(b"ab") < b"ac"', 'hash(bytearray())', 'bytearray(b"a").__hash__', 'str(bytearray(b"a"))', 'bytearray(b"ab")[0]', 'bytearray(b"abc")[1:]', 'list(bytearray(b"ab"))', 'bytearray(b"ab").upper()', 'bytearray(b"a b").split()', 'bytearray(b"abc").partition(b"b")', 'bytearray.fromhex("41")', 'bytearray.maketrans(b"a", b"b")[97:99]', 'bytearray(b"ab").pop()', 'bytearray().pop()', 'bytearray(b"a").remove(5)', 'bytearray(b"a").append(256)', 'bytearray(b"a").append("a")', 'type(iter(bytearray()))', 'bytearray(b"%d") % 5', '98 in bytearray(b"ab")', 'b"b" in bytearray(b"ab")', 'bytearray(b"ab").decode()', 'bytearray(b"ab").hex()', 'bytearray(b"a\'")', 'bytearray(b"a\'\\"")', 'bytearray(b"  x ").strip()', 'bytearray(b"ab").zfill(5)', 'bytearray(b"ab").zfill(1)', 'bytearray(b"ab").ljust(1)', 'b"-".join([bytearray(b"a"), b"b"])', 'bytearray(b"-").join([b"a", b"b"])', 'bytes(bytearray(b"q"))', 'int(bytearray(b"12"))', 'float(bytearray(b"1.5"))', 'str(bytearray(b"ab"), "ascii")', 'bytearray(b"abc").find(bytearray(b"c"))', 'bytearray(b"x").__alloc__()', 'bytearray(b"ab").copy()', 'bytearray(b"ab").reverse()', 'bytearray(b"abc").insert(-1, 120)', 'bytearray(range(3))', 'bytearray(iter([1,2]))', 'bytearray({1:2})', 'bytearray(b"ab") != bytearray(b"ab")', 'bytearray(b"ab").replace(b"a", b"zz")', 'bytearray(b"ab").title()', 'repr(bytearray(b"\\x00\\xff"))', 'bytearray(b"abc")[::-1]', 'bytearray(b"abc")[5]', 'True in b"\\x01"', 'bytearray(b"ab") + "c"', 'b"ab" + bytearray(b"c")', 'bytearray(b"ab").count(97)', 'bytearray(b"a,b").split(b",")', 'bytearray(b"ab").startswith(bytearray(b"a"))', 'bytearray(b"ab").translate(None, b"a")', 'bytearray(b"AB").lower().isupper()', 'bytearray(b"a\\tb").expandtabs(2)', 'bytearray(b"ab").center(6, b"*")', 'bytearray(b"abc").removeprefix(b"a")', 'bytearray(b"ab").isalpha()', 'len(bytearray(10))', 'sorted(bytearray(b"cab"))', 'bytearray(b"ab") * 0', 'max(bytearray(b"az"))', 'bytearray(b"x") == "x"', 'bytearray(b"ab").splitlines()', 'bytearray(b"abc").rsplit(b"b", 1)', 'bytearray(b"ab").rpartition(b"z")']:
    t(s)
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EL"
ba[5:] = [33, 63]
print(ba)
ba[::2] = b"xyzw"
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(e)
try:
    ba[0] = 256
except ValueError as e:
    print(e)
try:
    ba[1:2] = 5
except TypeError as e:
    print(e)
try:
    ba[1:2] = "ab"
except TypeError as e:
    print(e)
del ba[0]
del ba[::2]
print(ba)
ba += b"++"
ba += bytearray(b"--")
print(ba)
ba *= 2
print(ba, len(ba))
ba.extend([1, 2])
ba.extend(b"ok")
try:
    ba.extend(5)
except TypeError as e:
    print(e)
try:
    ba.extend("s")
except TypeError as e:
    print(e)
print(ba)
x = bytearray(b"abc")
y = x
x += b"d"
print(y, x is y)
for i, c in enumerate(x):
    if i == 0:
        x.append(101)
    print(c, end=" ")
print()
d = {bytes(x): 1}
print(d)
print(bytearray(b"ab") + bytearray(b"cd"), bytearray(b"a") in [b"a"], b"a" == bytearray(b"a"))
def t(src):
    try: print(src, '->', repr(eval(src)))
    except Exception as e: print(src, '->', type(e).__name__, e)
for s in ["b'%s' % bytearray(b'x')", "b'%b' % (bytearray(b'yz'),)", "'%s' % bytearray(b'x')", "b'%a' % bytearray(b'q')",
          "sum([bytearray(b'a')], bytearray())", "bytearray(b'ab').split(bytearray(b'a'))", "bytes(bytearray(b'a')) is bytes",
          "bytearray(b'a') in {b'a'}", "bytearray(b'x').center(3, bytearray(b'-'))", "b'ab'.join([bytearray(b'1'), memoryview(b'2')]) if False else 0",
          "list(reversed(bytearray(b'abc')))", "bytearray(b'abc')[-1]", "bytearray(b'abc').index(99)", "bytearray(b'a b').title()",
          "bytearray(b'\\xff').decode('latin-1')", "str(bytearray(b'ab'), 'ascii', 'strict')", "bytearray(b'abc') >= bytearray(b'abd')",
          "bytearray(b'a') * -1", "-1 * bytearray(b'a')", "bytearray(5).__len__()", "bytearray(b'a').__contains__(97)",
          "bytearray(b'x') == memoryview(b'x')", "memoryview(bytearray(b'ab'))[0]", "bytes(memoryview(b'ab'))",
          "bytearray.fromhex('41 42')", "bytearray(b'abc').rstrip(b'c')", "bytearray(b'abc').lstrip()", "bytearray([65,66]).swapcase()",
          "bytearray(b'aaa').count(b'a', 1)", "bytearray(b'abc').endswith((b'c', b'x'))", "hash(bytes(bytearray(b'a'))) == hash(b'a')"]:
    t(s)
ba = bytearray(b'12345')
ba[1:4] = bytearray(b'xy')
print(ba)
ba[:] = ba
print(ba)
ba[::2] = ba[::2]
print(ba)
it = iter(ba)
next(it)
ba.clear()
print(list(it))
