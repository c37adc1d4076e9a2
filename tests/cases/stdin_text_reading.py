import sys
print(sys.stdin.readline(), end="|")
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.read(4)))
n = 0
for line in sys.stdin:
    n += 1
    print("got", repr(line))
    if n == 2:
        break
print(sys.stdin.readlines(1))
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
sys.stdout.writelines(["a\n", "b", "c\n"])
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: sys.stdout.writelines())
t(lambda: sys.stdout.writelines([1]))
t(lambda: sys.stdin.readlines(1, 2))
t(lambda: sys.stdin.readline('a'))
t(lambda: sys.stdin.read('a'))
t(lambda: input())
t(lambda: next(iter(sys.stdin)))
class R:
    def readline(self): return "from R\n"
sys.stdin = R()
t(lambda: input("p> "))
