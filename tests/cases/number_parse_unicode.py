def t(src):
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
for src in ['float(b"1.5")', 'float(b" 2e3 ")', 'float(b"x")', 'float(b"\\xff")', 'float("١.٥")', 'int("𝟘𝟙")',
            'int("١٢٣")', 'float("\\u2003 7.25\\u3000")', 'int("\\u2003 42 ")', 'int("٣", 16)', 'int("１２")',
            'float("１.５e２")', 'int("1\\u00b2")', 'float("½")', 'int("\\x1c5")', 'float("\\x0b5\\x0b")',
            'int("5\\x0b")', 'float("1_000.5")', 'int("𝟏_𝟐")', 'float("inf")', 'float("-ｉnf")', 'int("\\u0e51\\u0e52")',
            'int(b"12")', 'int(b" 12 ")', 'int("\\U0001d7d8")', 'float("\\U000118e0")', 'int("\\U000118e5")']:
    t(src)
