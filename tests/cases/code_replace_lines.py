# Code objects: equality and hashing by content (equal objects hash equal), and
# replace(co_firstlineno=...) moving every line number with it.
def f():
    return 1


c = f.__code__
print(c == c.replace(), hash(c) == hash(c.replace()), len({c, c.replace()}))
c2 = compile('a=1', 'x', 'exec')
c3 = compile('a=1', 'x', 'exec')
print(c2 == c3, hash(c2) == hash(c3), c2 is c3)
print(c2 == compile('a=2', 'x', 'exec'), c2 == compile('a=1', 'y', 'exec'))
l3 = lambda: 1; l4 = lambda: 1
print(l3.__code__ == l4.__code__, hash(l3.__code__) == hash(l4.__code__))


def g():
    return 1


# The same body, renamed and moved to f's line: equal to f's code.
moved = g.__code__.replace(co_name='f', co_qualname='f', co_firstlineno=c.co_firstlineno)
print(moved == c, hash(moved) == hash(c))


def h():
    x = 1
    1 / 0


h.__code__ = h.__code__.replace(co_firstlineno=100)
print(h.__code__.co_firstlineno, [line for _, _, line in h.__code__.co_lines()][-1])
try:
    h()
except ZeroDivisionError as e:
    print('tb_lineno', e.__traceback__.tb_next.tb_lineno)
try:
    c.replace(co_varnames=('x', 'y'))
except ValueError as e:
    print('ValueError', e)
h()
