# try/except/else/finally execution order
def run(raise_what):
    log = []
    try:
        log.append('try')
        if raise_what:
            raise raise_what('x')
        log.append('try end')
    except ValueError:
        log.append('except ValueError')
    except TypeError:
        log.append('except TypeError')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log

print(run(None))
print(run(ValueError))
print(run(TypeError))
try:
    run(KeyError)
except KeyError:
    print('KeyError propagated after finally')

print("-- exception in else is not caught by the same try")
def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return 'caught'
    else:
        1 / 0
try:
    else_raises()
except ZeroDivisionError as e:
    print('escaped from else:', e)

print("-- finally runs on return")
def ret():
    try:
        return 'from try'
    finally:
        print('finally before return')
print(ret())

print("-- try/finally without except")
def tf():
    log = []
    try:
        try:
            log.append('inner try')
            raise ValueError('v')
        finally:
            log.append('inner finally')
    except ValueError:
        log.append('outer except')
    return log
print(tf())
