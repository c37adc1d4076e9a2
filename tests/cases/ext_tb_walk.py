import sys

def a():
    b()

def b():
    c()

def c():
    {}["missing"]

try:
    a()
except KeyError as e:
    tb = e.__traceback__
    rows = []
    while tb:
        rows.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(rows)
    info = sys.exc_info()
    print(info[0].__name__, info[1] is e, info[2] is e.__traceback__)
    print(type(e.__traceback__).__name__)
print(sys.exc_info())

def reraiser():
    try:
        a()
    except KeyError:
        raise

try:
    reraiser()
except KeyError as e:
    tb = e.__traceback__
    n = []
    while tb:
        n.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(n)

def make():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e
err = make()
print(err.__traceback__.tb_frame.f_code.co_name, err.__traceback__.tb_lineno, err.__traceback__.tb_next)
e2 = ValueError("fresh")
print(e2.__traceback__, e2.__context__, e2.__cause__, e2.__suppress_context__)
e3 = e2.with_traceback(err.__traceback__)
print(e3 is e2, e2.__traceback__ is err.__traceback__)
