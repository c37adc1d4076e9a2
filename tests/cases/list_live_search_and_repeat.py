# Comparisons that change the list being searched; list vs tuple equality order.
class E:
    def __eq__(self, o):
        lst.extend(range(30))
        return False
lst = [E()]
print(lst.count(0), len(lst))
lst = [E()]
print(lst.index(5), len(lst))
lst = [E()]
print(7 in lst, len(lst))
lst = [E()]
lst.remove(3)
print(len(lst))
x = []
class F:
    def __eq__(self, o):
        x.append(1)
        return True
print([F()] == [F(), F()], (F(),) == (F(), F()), len(x))
print([F(), 1] == [F(), 2], len(x))
print([F()] != [F(), 1], len(x))
print((F(), 1) == (F(), 1, 2), len(x))
class I:
    def __index__(self): return 2
class R:
    def __index__(self): return 3
    def __rmul__(self, o): return "rmul"
print([0] * I(), I() * [0], 'ab' * I(), b'ab' * I(), (1,) * I(), [0] * R(), 'x' * R())
for e in ["I() * 5", "[1] * 2.5", "2.5 * [1]", "object() * [1]"]:
    try:
        print(eval(e))
    except TypeError as ex:
        print(ex)
