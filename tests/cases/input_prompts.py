import sys
print(repr(input("name? ")))
print(repr(input(5)))
print(repr(input()))
print(repr(input("")))
try:
    input("x", "y")
except TypeError as e:
    print(e)
try:
    input(prompt="p")
except TypeError as e:
    print(e)
print(repr(input("last> ")))
try:
    input("eof> ")
except EOFError as e:
    print("EOFError", e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append("<flush>")
w = W()
old = sys.stdout
sys.stdout = w
sys.stdin = type("R", (), {"readline": lambda self: "from R\n"})()
v = input("prompt:")
sys.stdout = old
print(repr(v), w.parts)
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stderr.write(f"RuntimeError {e}\n")
sys.stdout = old
print("back")
