# Smaller behaviours of exception objects: BlockingIOError.characters_written, SyntaxError
# arguments, str and caret clipping, __reduce__/__setstate__, frame.f_lineno writes.
import sys
for args in [('f.py', 1, 3, 'abcdef\n', 1, 100), ('f.py', 1, 3, 'abcdef\n', 2, 5), ('f.py', 1, 3, 'abcdef', 1, 5), ('f.py', 2, 1, 'x = (1,\n', 3, 2)]:
    e = SyntaxError('msg', args)
    sys.__excepthook__(SyntaxError, e, None)
e = IndentationError('ind', ('f.py', 1, 3, 'abcdef\n', 2, 100))
sys.__excepthook__(IndentationError, e, None)
print(str(SyntaxError()), str(SyntaxError(None)), repr(SyntaxError()))
e = BlockingIOError(11, 'x', 5)
print(e.characters_written, e.args, e.errno)
try:
    BlockingIOError(11, 'x').characters_written
except AttributeError as x:
    print('AttributeError', x)
for a in [('a', 'b'), ('a', ('f', 1, 2)), ('a', ('f', 1, 2, 't', 3, 4, 5)), ('a', 5)]:
    try:
        print(SyntaxError(*a).args)
    except TypeError as x:
        print(type(x).__name__, x)
e = ValueError('x')
e.custom = 5
print(e.__reduce__())
e = ValueError('x')
e.__setstate__({'a': 1})
print(e.a)
e.__setstate__(None)
try:
    e.__setstate__(5)
except TypeError as x:
    print(type(x).__name__, x)
print(ValueError().__reduce__(), OSError(2, 'no', 'f').__reduce__())
f = sys._getframe()
for v in [1, 'x', True, 2 ** 70]:
    try:
        f.f_lineno = v
    except ValueError as x:
        print(type(x).__name__, x)
try:
    del f.f_lineno
except AttributeError as x:
    print(type(x).__name__, x)
