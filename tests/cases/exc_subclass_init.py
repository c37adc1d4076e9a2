class ConfigError(SyntaxError):
    def __init__(self, msg, line):
        super().__init__(msg, ("app.cfg", line, 1, "key value"))
e = ConfigError("bad key", 3)
print(e.lineno, e.filename, str(e), e.args)
class MyOSError(OSError):
    def __init__(self, path):
        super().__init__(2, "No such file", path)
e = MyOSError("data.txt"); print(e.errno, e.filename, str(e), e.args, type(e).__name__)
class Conn(ConnectionError):
    def __init__(self, host, port): self.host, self.port = host, port
print(repr(str(Conn("db", 5432))), Conn("db", 5432).args)
class E(ImportError):
    def __init__(self, n): super().__init__("m", name=n)
print(E("x").name, E("x").msg, E("x").args)
class S(StopIteration):
    def __init__(self, v): super().__init__(v * 2)
print(S(2).value, S(2).args)
e = SystemExit(1); e.__init__(2, 3); print(e.code, e.args)
class P(OSError): pass
p = P(2, "x", "f"); print(p.errno, p.filename, p.args, str(p))
print(OSError(2, "nf", "f").__class__.__name__, OSError("a").args, OSError(1, 2, 3, 4, 5, 6).args)
class U(UnicodeDecodeError):
    def __init__(self):
        super().__init__("utf-8", b"\xff", 0, 1, "bad")
print(str(U()), U().start)
class N(NameError):
    def __init__(self): super().__init__("nm", name="zz")
print(N().name, N().args)
try:
    SystemExit.__init__(SystemExit(), x=1)
except TypeError as e: print(e)
print(vars(OSError).get("__init__"), vars(SyntaxError).get("__init__"))
class K(KeyError):
    def __init__(self, a, b): super().__init__(a)
print(K(1, 2).args, str(K(1, 2)))
class Usage(SystemExit):
    def __init__(self): super().__init__(2)
raise Usage()
