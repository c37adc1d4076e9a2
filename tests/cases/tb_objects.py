# traceback objects: tb_lineno, tb_next, tb_frame and walking the chain
def a():
    b()

def b():
    c()

def c():
    raise KeyError('deep')

try:
    a()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_filename.split('/')[-1])
        tb = tb.tb_next

print("-- tb_lineno reflects where the exception passed")
def multi():
    x = 1
    y = x + 1
    return y / 0
try:
    multi()
except ZeroDivisionError as e:
    t = e.__traceback__
    print(t.tb_lineno, t.tb_next.tb_lineno)
    print(t.tb_next.tb_next)
    print(hasattr(t, 'tb_lasti'))

print("-- tracebacks of re-raised exceptions grow")
def raiser():
    raise ValueError('v')
def relay():
    try:
        raiser()
    except ValueError:
        raise
try:
    relay()
except ValueError as e:
    names = []
    t = e.__traceback__
    while t:
        names.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    print(names)

print("-- exception caught in the same frame has a one-entry traceback")
try:
    {}['x']
except KeyError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)
