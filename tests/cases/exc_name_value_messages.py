# exact messages of NameError, ValueError and AttributeError
def attempt(label, thunk):
    try:
        print(label, '=', repr(thunk()))
    except (NameError, ValueError, AttributeError) as e:
        print(label, '->', type(e).__name__ + ':', e)

attempt('undefined', lambda: undefined_variable)
attempt('x', lambda: x)
attempt("int('abc')", lambda: int('abc'))
attempt("int('')", lambda: int(''))
attempt("int('1.5')", lambda: int('1.5'))
attempt("int('12', 2)", lambda: int('12', 2))
attempt("int(' 7 ')", lambda: int(' 7 '))
attempt("float('x')", lambda: float('x'))
attempt("float('')", lambda: float(''))
attempt("float(' 1e3 ')", lambda: float(' 1e3 '))
attempt("chr(-1)", lambda: chr(-1))
attempt("chr(0x110000)", lambda: chr(1114112))
attempt("range(1, 2, 0)", lambda: range(1, 2, 0))
attempt("'a,b'.split('')", lambda: 'a,b'.split(''))
attempt("max([])", lambda: max([]))
attempt("min(())", lambda: min(()))
attempt("[].index(1)", lambda: [].index(1))
attempt("'x'.index('y')", lambda: 'x'.index('y'))
attempt("(1).foo", lambda: (1).foo)
attempt("'s'.nope", lambda: 's'.nope)
attempt("None.attr", lambda: None.attr)
attempt("[].push", lambda: [].push)
attempt("{}.append", lambda: {}.append)
attempt("len.x", lambda: len.x)
attempt("(lambda: 0).missing", lambda: (lambda: 0).missing)
attempt("ValueError().nope", lambda: ValueError().nope)
attempt("sys.nope", lambda: __import__('sys').nope)
print("-- setting attributes on builtins")
try:
    (1).real = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    'abc'.new_attr = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    [].append = None
except AttributeError as e:
    print('AttributeError:', e)
print("-- NameError has a name attribute")
try:
    missing_name_here
except NameError as e:
    print(e.name)
print("-- AttributeError has name and obj")
try:
    (5).bogus
except AttributeError as e:
    print(e.name, e.obj)
