import sys
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" continued")
print()
print("x", 1, None, [2], sep="")
print(*range(5), sep=", ")
print(*[], sep="?")
print("to stderr", file=sys.stderr)
print("flush", flush=True)
print("multi\nline", "tab\tsep", sep=" | ")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
print(sep="X", end="END\n")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
print("none sep", "ok", sep=None, end=None)
class Shout:
    def __str__(self):
        return "SHOUT"
    def __repr__(self):
        return "shout"
print(Shout(), [Shout()], (Shout(),), {1: Shout()}, str(Shout()), f"{Shout()}")
print("é", "日本", "\u00e9" == "é", sep="|")
sys.stderr.write("err direct\n")
