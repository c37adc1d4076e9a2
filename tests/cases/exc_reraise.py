# bare raise re-raises the exception being handled
def handler():
    try:
        raise KeyError('inner')
    except KeyError:
        print('logging, then re-raising')
        raise

try:
    handler()
except KeyError as e:
    print('caught again:', repr(e))

print("-- bare raise after a nested handled exception")
try:
    try:
        raise ValueError('outer')
    except ValueError:
        try:
            raise TypeError('nested')
        except TypeError:
            pass
        raise
except ValueError as e:
    print('re-raised:', repr(e))

print("-- bare raise in a function called from a handler")
def reraise():
    raise
try:
    try:
        raise IndexError('from handler')
    except IndexError:
        reraise()
except IndexError as e:
    print('via helper:', repr(e))

print("-- bare raise with nothing active")
try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)

print("-- raise e keeps identity")
try:
    try:
        raise ValueError('ident')
    except ValueError as e:
        first = e
        raise e
except ValueError as e:
    print(e is first)

print("-- bare raise preserves original traceback entries")
def deep():
    raise ZeroDivisionError('deep')
try:
    try:
        deep()
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    t = e.__traceback__
    names = []
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
