# Keyword and conversion checks of builtin functions and constructors, in CPython's order
# and words.
def t(f, label=None):
    try:
        r = f()
        print(label or "", "->", repr(r))
    except Exception as e:
        print(label or "", "->", type(e).__name__, e)

for src in ["int(x='12')", "int('12', base=8)", "int(base=8)", "sum(iterable=[1, 2])",
            "sorted([3, 1], reverse='yes')", "[3, 1].sort(reverse=None)", "sorted([3, 1], reverse=1)",
            "sorted([3, 1], reverse=2**40)", "sorted([1], x=1)", "sorted([1], key=None, reverse=0, x=1)",
            "sorted([1], 2)", "zip(1)", "zip([1], 2)", "zip(a=[1])", "list(zip([1, 2], 'ab', strict=True))",
            "max(iterable=[1])", "max(zzz=1)", "min([1], zzz=1)", "max([], default=5)", "max(1, 2, default=5)",
            "min([3, 1, 2], key=lambda x: -x)", "enumerate()", "enumerate([1], 'a')", "list(enumerate('ab', start=5))",
            "staticmethod(len, x=1)", "classmethod(f=len)", "super(int, 1, 2)", "NameError('a', zzz=1)",
            "ImportError('a', zzz=1)", "ValueError(x=1)", "ValueError().__init__(x=1)",
            "NameError('a', name='n').name", "chr(2**31)", "chr(-1)", "chr(2**100)", "'{}'.format(1, **{1: 2})",
            "dict(**{1: 2})", "format('abc', ' ')", "format('abc', '+')", "format(1, ',,d')", "format(1, '_,d')",
            "format(1, ',_d')", "(1).__format__(2)", "'a'.__format__(2)", "object().__format__(2)",
            "str.maketrans('a', 2)", "str.maketrans(1, 'b')", "b'ab'.count(object(), object())",
            "b'ab'.find(object(), 'x')", "int.from_bytes(5, 'x')", "int.from_bytes(b'a', 5)",
            "(1).to_bytes(1, 5)", "(1).to_bytes(-1, 'x')", "(1).to_bytes(-1, 'big')",
            "int.__add__('a', 1)", "int.__add__()", "object.__repr__()", "list.append()",
            "list.append(1, 2)", "str.upper(1)"]:
    t(lambda: eval(src), src)

# max/min consume the iterable as they go: a key function that grows the list is seen.
l = [1, 2, 3]
def key(x):
    if len(l) < 6:
        l.append(x + 10)
    return x
print(max(l, key=key), l)

# Indices and iteration of objects without the protocol.
class N:
    pass
class X:
    __iter__ = None
class Idx:
    def __index__(self):
        return 1
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
t(lambda: [1][N()], "[1][N()]")
t(lambda: (1,)[N()], "(1,)[N()]")
t(lambda: 'a'[N()], "'a'[N()]")
t(lambda: [1, 2][Idx()], "[1, 2][Idx()]")
t(lambda: [1, 2, 3][N():], "[1, 2, 3][N():]")
t(lambda: iter(X()), "iter(X())")
t(lambda: list(X()), "list(X())")
t(lambda: len(L(2**70)), "len(L(2**70))")
t(lambda: len(L(-2**70)), "len(L(-2**70))")
t(lambda: len(L(Idx())), "len(L(Idx()))")
t(lambda: len(L(-1)), "len(L(-1))")
t(lambda: len(L(1.5)), "len(L(1.5))")
