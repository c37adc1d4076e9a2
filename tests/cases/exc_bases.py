# __bases__ and __name__ of built-in exception classes
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
           FloatingPointError, LookupError, KeyError, IndexError, NameError,
           UnboundLocalError, RuntimeError, RecursionError, NotImplementedError,
           TypeError, ValueError, AttributeError, AssertionError, StopIteration,
           SystemExit, KeyboardInterrupt, ImportError, ModuleNotFoundError,
           OSError, SyntaxError, IndentationError, TabError, UnicodeError,
           UnicodeDecodeError, EOFError, MemoryError, BufferError]
for cls in classes:
    print(cls.__name__, [b.__name__ for b in cls.__bases__])

print("-- repr of classes")
print(KeyError)
print(repr(ValueError))
print(KeyError.__bases__)
print(BaseException.__bases__)
print(type(KeyError).__name__)

print("-- walking to the root through __bases__")
def chain(cls):
    names = [cls.__name__]
    while cls.__bases__:
        cls = cls.__bases__[0]
        names.append(cls.__name__)
    return ' -> '.join(names)
for cls in [ZeroDivisionError, UnboundLocalError, ModuleNotFoundError, TabError, KeyError, SystemExit]:
    print(chain(cls))

print("-- aliases")
print(EnvironmentError is OSError, IOError is OSError)
