# the built-in exception hierarchy via issubclass/isinstance
pairs = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (ArithmeticError, Exception),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (LookupError, Exception),
    (UnboundLocalError, NameError),
    (NameError, Exception),
    (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError),
    (TypeError, Exception),
    (ValueError, Exception),
    (UnicodeError, ValueError),
    (AttributeError, Exception),
    (AssertionError, Exception),
    (StopIteration, Exception),
    (Exception, BaseException),
    (SystemExit, Exception),
    (SystemExit, BaseException),
    (KeyboardInterrupt, Exception),
    (KeyboardInterrupt, BaseException),
    (GeneratorExit, Exception),
    (KeyError, IndexError),
    (IndexError, KeyError),
    (ValueError, TypeError),
    (ZeroDivisionError, ZeroDivisionError),
]
for sub, sup in pairs:
    print('%s <: %s = %s' % (sub.__name__, sup.__name__, issubclass(sub, sup)))

print("-- issubclass with tuples")
print(issubclass(KeyError, (TypeError, LookupError)))
print(issubclass(KeyError, (TypeError, ValueError)))

print("-- isinstance of instances")
e = KeyError('k')
print(isinstance(e, KeyError), isinstance(e, LookupError), isinstance(e, Exception),
      isinstance(e, BaseException), isinstance(e, IndexError))
print(isinstance(e, (ValueError, LookupError)))
print(isinstance(KeyError, Exception))
print(isinstance(ValueError(), type))
print(isinstance(ValueError, type))

print("-- errors")
try:
    issubclass(ValueError(), Exception)
except TypeError as err:
    print('TypeError:', err)
