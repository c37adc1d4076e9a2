# compile(): checks of its arguments, as CPython makes them.
for kw in ({'optimize': 5}, {'optimize': -2}, {'flags': 0x12345678}, {'flags': 0x0200}):
    try:
        compile('x', 'o', 'exec', **kw); print('accepted', kw)
    except ValueError as e:
        print('ValueError', e)
print(repr(compile('x=1', b'bytes_name', 'exec').co_filename))
for bad in [(5, 'o', 'exec'), ('x', 5, 'exec'), ('x', 'o', 5), ('x', 'o', 'run'),
            ('x', 'o', 'exec', 'flags'), ('x', 'o', 'exec', 0, 'no'), ('x', 'o', 'exec', 0, 0, 1.5)]:
    try:
        compile(*bad)
        print('accepted', bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile("a\x00b", "o", "exec")
except SyntaxError as e:
    print(type(e).__name__, e, e.args, e.lineno, e.filename)
for f in (eval, exec):
    for src in ("1\x00", b"1\x00"):
        try:
            f(src)
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
print(eval(compile(b"1 + 2", "b", "eval")))
print(eval(bytearray(b"3 * 4")), compile(bytearray(b"5"), "f", "eval").co_filename)
compile("\x00", "f", "eval")
