# Instance attribute reads and writes on a plain class (no __slots__, no properties).
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
def run(n):
    p = P(1, 2)
    t = 0
    for i in range(n):
        t += p.x + p.y
        p.x = i
    return t
print(run(1000000))
