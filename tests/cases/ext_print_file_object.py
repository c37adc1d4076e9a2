import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

cap = Capture()
print("hello", 42, file=cap)
print("x", "y", sep="", end="", file=cap)
print(file=cap, flush=True)
print(cap.parts)
old = sys.stdout
sys.stdout = cap
print("via", "stdout")
sys.stdout = old
print(cap.parts[-4:])
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
