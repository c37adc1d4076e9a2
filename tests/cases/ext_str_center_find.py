for w in range(3, 10):
    print(repr("abc".center(w, "-")), repr("ab".center(w, "*")), repr("".center(w % 4, ".")))
title = "Report"
print("[" + title.center(15) + "]")
print("[" + title.center(16, "=") + "]")
s = "abc"
print(s.find("", 3), s.find("", 4), s.find("", 10), s.rfind("", 5), s.count("", 4), s.index("", 3))
print(s.startswith("", 3), s.startswith("", 4), s.endswith("", 4), s.startswith("c", 2, 1))
print("a\x1cb\x1dc\x1ed\x1ff".split(), "\x1c".isspace(), "\x85x".split(), "a\u2028b".splitlines())
print("ǆemal".title(), "ǅ".istitle(), "ß".casefold(), "Straße".casefold() == "STRASSE".casefold())
