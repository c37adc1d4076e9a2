# int.from_bytes converts its argument as PyObject_Bytes does.
for c in ['int.from_bytes("ab", "big")', 'int.from_bytes(5, "big")', 'int.from_bytes([1, 2], "big")', 'int.from_bytes(b"\x01", "middle")',
          'int.from_bytes([300], "big")', 'int.from_bytes(iter([1, 2]), "little")', 'int.from_bytes(bytearray(b"\x01\x00"), "little")',
          'int.from_bytes(b"\xff", "big", signed=True)', 'bool.from_bytes(b"\x01", "big")']:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
