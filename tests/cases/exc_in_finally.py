# exceptions raised inside finally blocks replace the in-flight exception
def f():
    try:
        raise ValueError('from try')
    finally:
        raise KeyError('from finally')

try:
    f()
except KeyError as e:
    print(repr(e), '| context:', repr(e.__context__))
except ValueError:
    print('not reached')

print("-- finally exception replaces a return")
def g():
    try:
        return 'value'
    finally:
        raise RuntimeError('finally error')
try:
    g()
except RuntimeError as e:
    print(repr(e), e.__context__)

print("-- exception in except replaced by exception in finally")
def h():
    try:
        raise IndexError('i')
    except IndexError:
        raise TypeError('t')
    finally:
        raise ZeroDivisionError('z')
try:
    h()
except ZeroDivisionError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__)
        c = c.__context__
    print(names)

print("-- finally catching its own error")
def k():
    log = []
    try:
        log.append('try')
    finally:
        try:
            raise ValueError('inside finally')
        except ValueError as e:
            log.append('handled ' + str(e))
    return log
print(k())
