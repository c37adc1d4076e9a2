import sys
def g_excinfo():
    print("start", sys.exc_info()[0])
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[0].__name__
        print("resumed", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]
it = g_excinfo()
try:
    raise ValueError("outer")
except ValueError:
    print(next(it))
    print("caller sees", sys.exc_info()[0].__name__)
print("caller after", sys.exc_info()[0])
print(next(it))
print(next(it, 'exhausted'))
def ctx():
    try:
        yield
    except Exception as e:
        print("ctx", repr(e), repr(e.__context__))
        raise
c = ctx(); next(c)
try:
    raise IndexError("a")
except IndexError:
    try:
        c.throw(TypeError("t"))
    except TypeError as e:
        print("got", repr(e), repr(e.__context__))
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
for x in cleanup():
    print("loop", x)
    break
print("after break")
k = cleanup()
next(k)
k = None
print("after rebind")
def f():
    gen = cleanup()
    next(gen)
    return "f done"
print(f())
print("after f")
def in_with():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0]); return False
    with CM():
        yield "in with"
w = in_with()
print(next(w))
del w
print("after del w")
def gen_raises():
    yield 1
    raise ValueError("from gen")
try:
    for v in gen_raises():
        print("v", v)
except ValueError as e:
    print("caught", e)
def lookup(d):
    for k in ["a", "b"]:
        yield d[k]
try:
    print(list(lookup({"a": 1})))
except KeyError as e:
    print("KeyError", e)
    tb = e.__traceback__
    while tb:
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
def bare_reraise():
    try:
        raise OSError("os")
    except OSError:
        yield 1
        raise
b = bare_reraise()
next(b)
try:
    next(b)
except OSError as e:
    print("reraised", e)
def gen_outer_raise():
    yield 1
    raise
go = gen_outer_raise()
next(go)
try:
    raise NameError("caller's")
except NameError:
    try:
        next(go)
    except NameError as e:
        print("bare raise saw", e)
