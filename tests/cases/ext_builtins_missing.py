import builtins
for name in ["open", "bytearray", "memoryview", "exit", "quit", "super", "help", "breakpoint", "copyright"]:
    print(name, hasattr(builtins, name), name in dir(builtins))
buf = bytearray(b"abc")
buf += b"d"
buf[0] = ord("A")
print(buf, bytes(buf), len(buf), buf.decode(), bytearray(3), bytearray([1, 2]))
print(callable(exit), repr(exit), str(quit))
exit(4)
