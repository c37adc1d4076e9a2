# attributes and str() of SyntaxError objects
try:
    compile('x = 1\ny = (2 +\n', 'myfile.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__)
    print(repr(e.msg))
    print(e.filename, e.lineno)
    print(repr(e.text))
    print(str(e))
    print(len(e.args), e.args[0] == e.msg)

try:
    compile('def f(a, a): pass', '<string>', 'exec')
except SyntaxError as e:
    print(str(e))
    print(e.filename, e.lineno)

try:
    exec('nonlocal z')
except SyntaxError as e:
    print(str(e))

try:
    eval('1 +')
except SyntaxError as e:
    print(str(e))

print("-- SyntaxError raised by hand")
e = SyntaxError('custom message')
print(repr(e.msg), e.lineno, e.filename, str(e))
e2 = SyntaxError('with details', ('file.py', 3, 4, 'bad line\n'))
print(e2.msg, e2.filename, e2.lineno, e2.offset, repr(e2.text))
print(str(e2))
print("-- it is an Exception")
print(issubclass(SyntaxError, Exception), SyntaxError.__bases__)
