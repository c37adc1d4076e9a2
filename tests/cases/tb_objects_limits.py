# Traceback objects: tb_next loops are rejected, types.TracebackType builds entries,
# tb_lasti/f_lasti are dis offsets, co_positions has one entry per code unit, and
# sys.tracebacklimit limits what an uncaught exception prints.
import dis
import sys
import types


def fail():
    raise ValueError('x')


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    try:
        tb.tb_next = tb
    except ValueError as err:
        print('loop:', err)
    try:
        tb.tb_next.tb_next = tb
    except ValueError as err:
        print('indirect loop:', err)
    try:
        tb.tb_next = 5
    except TypeError as err:
        print(err)
    try:
        del tb.tb_next
    except TypeError as err:
        print(err)
    try:
        tb.tb_lineno = 3
    except AttributeError as err:
        print(err)
    try:
        tb.tb_lasti = 3
    except AttributeError as err:
        print(err)
    print(sorted([n for n in dir(tb) if n.startswith('tb_')]))

# types.TracebackType
frame = sys._getframe()
made = types.TracebackType(None, frame, 6, 42)
print(made.tb_lasti, made.tb_lineno, made.tb_next, made.tb_frame is frame)
chained = types.TracebackType(tb_next=made, tb_frame=frame, tb_lasti=-1, tb_lineno=7)
print(chained.tb_next is made, chained.tb_lasti)
for args in [(), (None,), (5, frame, 0, 1), (None, None, 0, 1), (None, frame, 'x', 1),
             (None, frame, 2 ** 40, 1), (None, frame, 1.5, 1)]:
    try:
        types.TracebackType(*args)
    except (TypeError, OverflowError) as err:
        print(type(err).__name__, err)


# tb_lasti and f_lasti are offsets of the failing / running instruction as dis shows them
def h():
    try:
        {}['x']
    except KeyError as e:
        return e.__traceback__.tb_lasti


lasti = h()
print([i.opname for i in dis.get_instructions(h) if i.offset == lasti])


code = h.__code__
print(len(list(code.co_positions())) == len(code.co_code) // 2)
ins = [i for i in dis.get_instructions(h) if i.opname == 'BINARY_SUBSCR'][0]
print(list(code.co_positions())[ins.offset // 2] == tuple(ins.positions))


def deep(n):
    if n == 0:
        raise KeyError('deep')
    deep(n - 1)


sys.tracebacklimit = 2
try:
    deep(5)
except KeyError:
    sys.__excepthook__(*sys.exc_info())
sys.tracebacklimit = 0
try:
    try:
        deep(1)
    except KeyError:
        raise TypeError('chained')
except TypeError:
    sys.__excepthook__(*sys.exc_info())
sys.tracebacklimit = 'ignored'
try:
    deep(1)
except KeyError:
    sys.__excepthook__(*sys.exc_info())
sys.tracebacklimit = 10 ** 30
try:
    deep(1)
except KeyError:
    sys.__excepthook__(*sys.exc_info())
sys.tracebacklimit = -(10 ** 30)
try:
    deep(1)
except KeyError:
    sys.__excepthook__(*sys.exc_info())
sys.tracebacklimit = True
deep(3)
