def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no key {k}") from None

try:
    lookup({}, "a")
except LookupError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def chained():
    try:
        int("x")
    except ValueError as e:
        raise TypeError("conversion") from e
try:
    chained()
except TypeError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

def implicit():
    try:
        [][0]
    except IndexError:
        {}["k"]
try:
    implicit()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

e = RuntimeError("manual")
e.__cause__ = ValueError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "nope"
except TypeError as te:
    print(type(te).__name__, te)
def deep():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise KeyError(2)
    except KeyError:
        raise IndexError(3)
try:
    deep()
except IndexError as ex:
    chain = []
    cur = ex
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
try:
    lookup({}, "zz")
finally:
    print("finally before traceback")
