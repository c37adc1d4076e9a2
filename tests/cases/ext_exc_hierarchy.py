names = ["ZeroDivisionError", "KeyError", "IndexError", "FileNotFoundError", "RecursionError",
         "UnboundLocalError", "ModuleNotFoundError", "NotImplementedError", "StopIteration",
         "KeyboardInterrupt", "SystemExit", "UnicodeDecodeError", "OverflowError", "TimeoutError",
         "BrokenPipeError", "IndentationError", "TabError", "DeprecationWarning", "BytesWarning"]
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception), issubclass(SystemExit, Exception))
print(issubclass(bool, int), issubclass(OSError, EnvironmentError), IOError is OSError, EnvironmentError is OSError)
print(BaseException.__subclasses__ is not None, Exception.__bases__, BaseException.__bases__)
try:
    raise FileNotFoundError(2, "No such file", "x.txt")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
try:
    raise LookupError
except Exception as e:
    print(repr(e), str(e), e.args)
for exc in [ValueError(), ValueError("a"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3), SystemExit(4), StopIteration(7)]:
    print(repr(exc), "|", str(exc), "|", exc.args)
print(StopIteration(7).value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
caught = []
for e in (ArithmeticError, OverflowError, FloatingPointError, ZeroDivisionError):
    try:
        raise e("x")
    except ArithmeticError as err:
        caught.append(type(err).__name__)
print(caught)
