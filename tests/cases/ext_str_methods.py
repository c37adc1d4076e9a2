s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")))
t = s.strip()
print(t.lower(), t.upper(), t.swapcase(), t.title(), "hello world".capitalize())
print(t.split(","), t.split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), "a b  c".rsplit(None, 1))
print("x".join(["1", "2", "3"]), "".join(reversed("abc")), "-".join("abc"))
print(t.replace("l", "L"), t.replace("l", "L", 2), t.find("o"), t.rfind("o"), t.find("z"), t.index("W"))
try:
    t.index("z")
except ValueError as e:
    print(type(e).__name__, e)
print(t.startswith("Hell"), t.endswith(("!", "?")), t.count("l"), "abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6, "."))
print("42".zfill(5), "-42".zfill(6), "a\tb".expandtabs(4), "line1\nline2\r\nline3".splitlines(), "ab\ncd\n".splitlines(True))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), " ".isspace(), "Ab".istitle(), "AB".isupper(), "".isalpha(), "x_1".isidentifier())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("z"))
print("%s is %d years and %.1f%%" % ("Al", 30, 99.5), "%5s|%-5s|" % ("a", "b"), "%x %o %X %e" % (255, 8, 255, 12345.678))
print("{} {} {}".format(1, "two", 3.0), "{0}{1}{0}".format("a", "b"), "{name}:{val:>5}".format(name="n", val=42))
print("{:*^11}".format("mid"), "{!r}".format("q"), "{0[1]}".format([5, 6]), "{:08.3f}".format(3.14159))
print("straße".upper(), "ǅ".lower(), "İ".lower() == "i̇", len("héllo"), "é".encode("utf-8"))
print("abc"[::-1], "abcdef"[1:-1:2], "a" * 3, "abc" < "abd", "B" < "a", ord("€"), chr(8364))
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "tEST".casefold(), "a,b".split(",", maxsplit=0))
try:
    "abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
