# Argument counts and keywords of builtin methods and functions are checked as
# CPython's calling conventions check them, with their messages.
def t(src, **ns):
    try:
        r = eval(src, None, ns)
        print(src, "->", repr(r))
    except TypeError as e:
        print(src, "-> TypeError:", e)

# Methods that take no arguments (METH_NOARGS).
for src in ["{'a': 1}.keys('junk')", "(5).bit_length(1, 2, 3)", "{1, 2}.copy('x')", "(2.5).is_integer(None)",
            "{}.values(x=1)", "[].copy(1)", "{1}.pop(1)", "(1j).conjugate(1)", "int.mro(1)", "type.mro(int, 1)",
            "'a'.upper(1)", "b'a'.lower(1)", "object().__dir__(1)", "int.__subclasses__(1)", "{}.popitem(1)"]:
    t(src)
# Exactly one argument (METH_O).
for src in ["set().remove()", "set().add(1, 2)", "(1,).count()", "[].count(1, 2)", "range(3).count(1, 2)",
            "range(3).index()", "slice(1).indices()", "ValueError().add_note()", "[].append()",
            "[].append(x=1)", "'a'.join()", "abs()", "len(1, 2)", "hash(x=1)", "{}.update(1, 2)"]:
    t(src)
# Positional-only with a range (the short name, no parentheses).
for src in ["{}.get()", "{}.get(1, 2, 3)", "dict(a=1).get(a=1)", "{1: 'a'}.get(1, default='zzz')",
            "[5, 6].index(6, start=0)", "[1].insert(index=0, object=2)", "{}.get(key=1)", "[1, 2].pop(index=0)",
            "'ab'.replace('a')", "'a'.ljust()", "'a'.strip(1, 2)", "getattr()", "divmod(1)", "iter()",
            "next()", "isinstance(1)", "eval()", "eval(source='1+1')", "format()", "dir(1, 2)"]:
    t(src)
# Old-style varargs parsers.
for src in ["'ab'.count()", "'ab'.count('a', 1, 2, 3)", "'ab'.find('a', x=1)", "{1}.union([2], others=[3])",
            "set.union({1}, x=1)", "{1}.update(x=1)", "b'ab'.startswith()"]:
    t(src)
# Bound method objects name old-style methods by their short name.
f = {1}.union
g = 'ab'.count
h = {}.get
k = [].append
n = (1).bit_length
b = True.bit_length
for src in ["f(x=1)", "g()", "g('a', x=1)", "h(x=1)", "k()", "k(x=1)", "n(1)", "n(x=1)", "b(1)"]:
    t(src, f=f, g=g, h=h, k=k, n=n, b=b)
# Argument Clinic keyword parsing.
for src in ["sum()", "sum(iterable=[1, 2])", "sum([1], 2, 3)", "sum([1], start=2)", "exec()",
            "exec('y=1', globals={})", "exec('1', {}, {}, {})", "[3, 1].sort(1)",
            "[3, 1].sort(key=None, reverse=False, x=1)", "[3, 1].sort(x=1)", "(1).to_bytes(1, 'big', 5)",
            "(1).to_bytes(1, 'big', signed=True, length=1)", "(1).to_bytes(x=1)", "(1).to_bytes(1, length=1)", "(5).to_bytes(2, byteorder='little')", "int.from_bytes()",
            "int.from_bytes(b'\\x01', byteorder='big')", "'a b'.split(sep=' ', maxsplit=1)", "'a b'.split(x=1)",
            "'a'.encode(encoding='ascii', errors='strict')", "pow()", "pow(2)", "pow(base=2, exp=3)",
            "round()", "round(number=2.5)", "round(1.5, ndigits=None, x=1)", "compile()",
            "compile('1', 'f')", "b'ab'.translate()", "b'ab'.hex(sep=':')"]:
    t(src)
# Slot wrappers.
for src in ["(1).__add__()", "(1).__add__(1, bogus=2)", "int.__add__(1)", "(1).__neg__(1)",
            "object().__setattr__('a')", "object().__eq__()", "[].__mul__()", "(2).__pow__(2, 5, 1)",
            "{}.__setitem__(1)", "'a'.__len__(1)", "(1.5).__round__(ndigits=0)"]:
    t(src)
# Module functions outside builtins carry their module's name.
import sys
for src in ["sys.exc_info(1)", "sys.getrecursionlimit(x=1)", "sys.intern()", "sys._getframe(1, 2)"]:
    t(src, sys=sys)
