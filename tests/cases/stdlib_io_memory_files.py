# io.StringIO and io.BytesIO: in-memory files (reading, writing, seeking, capture of print output).
import io
s = io.StringIO('ab\ncd\n')
print(repr(s)[:20], s.read(2), s.tell(), s.readline(), s.readlines(), s.getvalue())
s.seek(0); print(list(s)); s.write('X'); print(s.getvalue(), s.tell())
s = io.StringIO(); print(s.write('hello'), s.getvalue(), s.seek(1), s.write('E'), s.getvalue(), s.truncate(3), s.getvalue(), s.tell())
s.close(); print(s.closed)
try: s.write('x')
except ValueError as e: print(e)
with io.StringIO() as t: t.write('a'); print(t.closed)
print(t.closed)
try: io.StringIO(5)
except TypeError as e: print(e)
s = io.StringIO('abc'); s.seek(10); s.write('Z'); print(repr(s.getvalue()))
b = io.BytesIO(b'xy'); print(b.read(), b.getvalue(), b.write(b'z'), b.getvalue(), b.tell())
try: io.StringIO().write(b'x')
except TypeError as e: print(e)
import sys
old = sys.stdout; sys.stdout = buf = io.StringIO(); print('captured', 1); sys.stdout = old; print(repr(buf.getvalue()))
print(s.readable(), s.writable(), s.seekable(), io.StringIO('a\nb').readline(), io.StringIO('a\nb').read(-1))
print(type(io.StringIO()).__name__, type(io.StringIO()).__module__)
err = io.StringIO(); print("warn", file=err); print(err.getvalue().strip())
import traceback
try:
    1 / 0
except ZeroDivisionError:
    out = io.StringIO()
    traceback.print_exc(file=out)
print(out.getvalue().splitlines()[-1])
