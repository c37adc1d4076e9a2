# How an exception group is printed: boxed members, nested groups, notes, chained
# causes and contexts, more than 15 members, and more than 10 levels of nesting.
import sys
def f():
    raise ValueError('inner v')
def g():
    try:
        f()
    except ValueError as e:
        ve = e
    try:
        raise TypeError('t')
    except TypeError as e:
        te = e
    inner = ExceptionGroup('inner', [te, KeyError('k')])
    inner.add_note('inner note')
    raise ExceptionGroup('outer', [ve, inner])
try:
    g()
except ExceptionGroup as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
try:
    try:
        raise OSError('ctx')
    except OSError:
        raise ExceptionGroup('with ctx', [ValueError(1)])
except ExceptionGroup as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
excs = [ValueError(i) for i in range(17)]
try:
    raise ExceptionGroup('many', excs)
except ExceptionGroup as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
def deep(n):
    if n == 0:
        return ValueError('bottom')
    return ExceptionGroup(f'level {n}', [deep(n - 1)])
try:
    raise deep(12)
except ExceptionGroup as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
try:
    raise ExceptionGroup('cause', [ValueError(2)]) from KeyError('why')
except ExceptionGroup as e:
    sys.__excepthook__(type(e), e, e.__traceback__)
g()
