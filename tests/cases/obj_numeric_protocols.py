# divmod() and three-argument pow() dispatch, and the results of __len__, __index__,
# __int__ and __trunc__ as CPython checks them.

def t(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class N:
    def __pow__(self, o, m=None):
        return ("pow", o, m)
    def __rpow__(self, o, m=None):
        return ("rpow", o, m)
class M:
    pass
for s in ["pow(N(), 2, 3)", "pow(2, N(), 3)", "pow(2, 3, N())", "pow(2, 3, 1.5)", "pow(2.0, 3, 5)",
          "pow(2, 3.0, 5)", "pow(M(), 2, 3)", "pow(2, 3, M())", "(3).__pow__(2, 5)", "(3).__pow__(2, 5.0)",
          "(3).__rpow__(2, 5)", "(3.0).__pow__(2, 5)", "pow(2, 3, None)", "(3).__pow__(2, None)",
          "pow(2, -1, 5)", "pow(N(), 2)", "pow(2, N())", "pow(1j, 2, 3)",
          "divmod(1, 'a')", "divmod(1.5, [])", "divmod(N(), 1)", "(1).__divmod__('a')", "divmod(1+2j, 1)",
          "divmod(True, 2)", "(5).__rdivmod__(17)", "(5.0).__divmod__(2)", "(5).__divmod__(2.0)",
          "divmod(-7, 2)", "divmod(7.5, -2)"]:
    t(s, lambda: eval(s))

class R:
    def __rdivmod__(self, o):
        return "rdm"
    def __divmod__(self, o):
        return "dm"
print(divmod(1, R()), divmod(R(), 1), divmod(2**100, R()))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in [Idx(4), 2**100, -2**100, -1, True, 3.0, "x", Idx("s"), Idx(2**70)]:
    t("len", lambda: len(L(v)))
for v in [Idx(4), Idx(1.5), 2.5, M()]:
    t("list[]", lambda: [1, 2, 3, 4, 5][v])
    t("range[]", lambda: range(10)[v])
    t("str*", lambda: "abc" * v)
    t("tuple*", lambda: (1,) * v)

class RM:
    def __rmul__(self, o):
        return ("rmul", o)
t("rmul", lambda: "ab" * RM())
t("rmul", lambda: [1] * RM())

class X:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return self.v
for v in [5, 2.5, "s"]:
    t("int", lambda: int(X(v)))
class T:
    def __trunc__(self):
        return 7
class T2:
    def __trunc__(self):
        return 2.5
class T3:
    def __trunc__(self):
        return Idx(9)
t("trunc", lambda: int(T()))
t("trunc", lambda: int(T2()))
t("trunc", lambda: int(T3()))
t("bool int", lambda: int(X(True)))
t("bool index", lambda: len(L(Idx(True))))

# An integer-like instance on the left of a sequence repeats it.
t("Idx * list", lambda: Idx(2) * [0])
t("Idx * str", lambda: Idx(3) * "ab")
t("M * list", lambda: M() * [0])

# Lists of different lengths compare unequal without calling __eq__ (tuples do call).
calls = []
class E:
    def __eq__(self, o):
        calls.append(1)
        return True
print([E()] == [E(), E()], (E(),) == (E(), E()), len(calls))
print([E(), 1] == [E(), 2], len(calls))
print([E()] != [E(), 1], len(calls))
