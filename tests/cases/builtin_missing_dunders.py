def t(src):
    try: print(src, '->', repr(eval(src)))
    except Exception as e: print(src, '->', type(e).__name__, e)
for s in ["b'a'.__add__(b'b')", "b'a'.__add__('x')", "b'a'.__add__(bytearray(b'z'))", "bytearray(b'a').__add__(b'c')", "b'ab'.__mul__(2)", "b'ab'.__rmul__(3)",
          "list(b'ab'.__iter__())", "b'a'.__rmod__(1)", "b'x'.__bytes__()", "b'x'.__getnewargs__()", "'x'.__getnewargs__()", "(1.5).__getnewargs__()",
          "float.__getformat__('double')", "float.__getformat__('x')", "(1+2j).__neg__()", "(1+2j).__pos__()", "(0j).__bool__()", "(1j).__complex__()",
          "(1+2j).__getnewargs__()", "b'a'.__mul__('x')", "bytearray(b'q').__mul__(2)", "list(bytearray(b'hi').__iter__())"]:
    t(s)
print([n for n in dir(bytes) if n.startswith('__')])
print([n for n in dir(complex) if n.startswith('__')])
print([n for n in dir(float) if n.startswith('__g')], [n for n in dir(str) if n.startswith('__g')])
print([n for n in dir(bytearray)])
