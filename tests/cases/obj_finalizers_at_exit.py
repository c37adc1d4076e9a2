# Instances left in globals at exit are finalized with all globals still bound.
class H:
    def __del__(self):
        print("del", self.n, H.__name__, later, type(other).__name__)
    def __init__(self, n): self.n = n
h = H(1)
later = 5
h2 = H(2)
alias = h2
other = [1]
_private = H(3)
items = [H(4), H(5)]
class Plain:
    pass
p = Plain()
p.inner = H(6)
print("end")
