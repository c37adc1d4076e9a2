class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
c = Cap(); print("a", 1, file=c); print(c.parts)
print("x", "y", sep="", end="", file=c); print(c.parts)
class Bad:
    def __str__(self): raise ValueError("no")
try:
    print("before", Bad())
except ValueError:
    print("<caught>")
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
