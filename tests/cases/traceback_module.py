# The traceback module: formatting and printing exceptions, tracebacks and stacks
# (FrameSummary, StackSummary, TracebackException), as CPython 3.11's does.
import traceback, sys

def f(x):
    return x['k'] + 1

def g():
    return f({})

try:
    g()
except Exception:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s)
    print(traceback.format_exc(limit=1))
    print(traceback.format_exc(limit=-1))
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev))
    print(traceback.format_exception_only(ev))
    print(traceback.format_tb(tb))
    for fs in traceback.extract_tb(tb):
        print(fs, fs.filename.split('/')[-1], fs.lineno, fs.name, fs.line, fs.colno, fs.end_colno, fs.end_lineno)
        print(list(fs), fs[2], len(fs), fs == (fs.filename, fs.lineno, fs.name, fs.line))
    print(traceback.format_list(traceback.extract_tb(tb)))
    print([(fr.f_code.co_name, ln) for fr, ln in traceback.walk_tb(tb)])
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_exception(ev, file=sys.stdout)
    traceback.print_exception(et, ev, tb, file=sys.stdout)

def h():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack()[-1])
    st = traceback.extract_stack()
    print(st[-1].name, st[-1].line, len(st) >= 2)
    print(traceback.format_stack(limit=1))
def k():
    h()
k()

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise KeyError('x') from e
except KeyError:
    print(''.join(traceback.format_exc()))
    print(''.join(traceback.format_exception(*sys.exc_info(), chain=False)))

try:
    try:
        [][1]
    except IndexError:
        raise ValueError('ctx')
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(''.join(te.format()))
    print(te.exc_type, str(te), te.__context__.exc_type, te.__cause__, te.__suppress_context__)
    print(list(te.format_exception_only()))
    te.print(file=sys.stdout)

try:
    compile('x = (1,\n', 'fname.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)))
try:
    compile('def f():\nreturn', 'fname.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)))
    print(''.join(traceback.format_exception(e)))

class Weird(Exception):
    def __str__(self):
        raise RuntimeError('no')
try:
    raise Weird()
except Weird as e:
    print(traceback.format_exception_only(e))
e = ValueError('noted')
e.add_note('note one')
e.add_note('multi\nline')
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(None))
try:
    undefined_thing_xyz
except NameError as e:
    print(traceback.format_exception_only(e))
try:
    [].apend
except AttributeError as e:
    print(traceback.format_exception_only(e))

def rec(n):
    if n == 0:
        raise RuntimeError('deep')
    rec(n - 1)
try:
    rec(10)
except RuntimeError:
    print(traceback.format_exc())

try:
    x = '日本' + None
except TypeError:
    print(traceback.format_exc())
try:
    d = {}
    y = (d
         ['a'])
except KeyError:
    print(traceback.format_exc())
fs = traceback.FrameSummary('file.py', 3, 'fn', line='  code here  ')
print(repr(fs), fs.line, fs.locals)
print(traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1'), fs]).format())
try:
    raise ExceptionGroup('grp', [ValueError(1), ExceptionGroup('inner', [TypeError(2)])])
except ExceptionGroup as eg:
    print(''.join(traceback.format_exception(eg)))
def capture():
    local_a = [1, 2]
    raise ValueError('locals')
try:
    capture()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True, limit=-1)
    print(''.join(te.format()))


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Collect()
try:
    rec(2)
except RuntimeError as e:
    traceback.print_exception(e, file=sink)
    sys.tracebacklimit = 2
    print(''.join(traceback.format_exception(e)))
    del sys.tracebacklimit
    print(traceback.format_exception(e, limit=0))
print(''.join(sink.parts))
print(traceback.format_exception_only(SyntaxError('bad', ('f.py', 3, 2, '  xyz\n', 3, 4))))
print(traceback.format_exception_only(SyntaxError('bad', (None, None, None, None))))
import linecache
print(repr(linecache.getline(__file__, 1)), repr(linecache.getline(__file__, 10**6)), linecache.getline('<string>', 1) == '')
