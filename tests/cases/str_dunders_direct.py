tests = ["'ab'.__add__('c')", "'ab'.__add__(1)", "'ab'.__mul__(2)", "'ab'.__rmul__(3)", "'ab'.__mul__('x')", "'ab'.__mul__(-1)", "'%d!'.__mod__(5)", "'x'.__rmod__('%s!')", "'x'.__rmod__(1)", "'a'.__eq__('a')", "'a'.__eq__(1)", "'a'.__lt__('b')", "'a'.__ge__(1)", "list('ab'.__iter__())", "'ab'.__len__()", "'ab'.__getitem__(1)", "'ab'.__contains__('b')", "'ab'.__hash__() == hash('ab')", "'a'.__ne__('b')", "'ab'.__add__()", "'a'.__mul__(2**70)", "'ab'.__format__('>4')", "'ab'.__str__()", "'ab'.__repr__()", "'é'.__sizeof__() > 0"]
for c in tests:
    try: r = repr(eval(c))
    except Exception as e: r = f"{type(e).__name__}: {e}"
    print(c, '->', r)
