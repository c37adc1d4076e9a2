def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
for src in ["[1, 2, 3].index(2, 0, 2**100)", "[1, 2, 3].index(2, -2**100)", "[1, 2, 3].index(2, -2**100, -2**100)",
            "(1, 2, 3).index(3, 0, 2**70)", "range(10)[::2**100]", "range(10)[2**100:]", "range(10)[-2**100:3]",
            "range(10)[::-2**100]", "slice(0, 2**64, 3).indices(2**63)", "slice(None, None, 2**70).indices(10)",
            "slice(-2**70, 2**70).indices(5)", "slice(1, 2).indices(2**100)", "slice(1, 2).indices(-1)",
            "[1].insert(2**100, 5)", "[1].pop(2**100)", "[1].pop(-2**100)", "'abc'.find('b', 0, 2**100)",
            "'abc'.find('b', -2**100)", "'abc'.count('b', 2**100)", "'abc'.startswith('a', -2**100)",
            "b'abc'.find(b'b', 0, 2**100)", "[1, 2, 3][-2**100:2**100]", "'abc'[2**100:]", "(1, 2)[::2**100]",
            "[1, 2, 3][::-2**100]", "'abc'.index('c', 2**100)", "range(2**100)[2**99]", "range(2**100)[-1]",
            "len(range(2**100))", "range(0, 2**100, 2**98).index(2**99)", "list(range(5))[1:2**63]",
            "[0]*3 == [0]*3", "bytes(range(3))[::2**64]", "'abc'.rfind('a', -2**64, 2**64)",
            "[1,2,3].index(1, 2**63)", "[1,2].__getitem__(2**100)", "(1).to_bytes(2**100, 'big')"]:
    t(src)
l = [1, 2, 3]
try:
    l[2**100] = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    del l[2**100]
except Exception as e:
    print(type(e).__name__, e)
l[2**100:] = [9]
print(l)
del l[-2**100:1]
print(l)
r = range(3, 50, 4)
for s in [slice(None), slice(2, 9), slice(None, None, -1), slice(-3, None), slice(1, -1, 3), slice(10, 2, -2),
          slice(100, -100, -7), slice(-100, 100, 5)]:
    print(r[s], list(r[s]) == list(r)[s])
print(range(10).count(3.0), range(10).count(3), range(10).count('a'), range(0, 20, 3).index(9), range(5).index(True))
for src in ["range(10).index(3.5)", "range(10).index(10)", "range(2**70, 2**71, 3)[::2]", "range(2**70)[5:2**69:2**60]",
            "range(-5, 5)[::-2]", "range(5).count()", "range(5).index()", "slice(1, 2).indices(None)",
            "slice('a').indices(5)", "slice(1, 2, 0).indices(5)", "slice(None, None, -1).indices(0)"]:
    t(src)
