# The handled-exception state (sys.exc_info(), implicit __context__, bare raise) is
# restored after an exception passes through try/finally, with, and nested handlers.
import sys


def state(label):
    print(label, sys.exc_info()[0])


# 1. try/finally in the same frame, then caught
try:
    try:
        raise ValueError('stale')
    finally:
        pass
except ValueError:
    pass
state('after finally in frame:')


# 2. try/finally in a callee
def callee_finally(d):
    try:
        return d['key']
    finally:
        pass


try:
    callee_finally({})
except KeyError:
    pass
state('after callee finally:')
try:
    raise TypeError('new')
except TypeError as e:
    print('context:', repr(e.__context__))


# 3. try/except/finally where the except does not match
def except_finally():
    try:
        raise IndexError('i')
    except KeyError:
        print('not here')
    finally:
        state('  in finally:')


try:
    except_finally()
except IndexError:
    state('  in handler:')
state('after except/finally:')


# 4. exception raised in an except body, inside a try/finally
def raise_in_handler():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    finally:
        state('  finally sees:')


try:
    raise_in_handler()
except ValueError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
state('after raise in handler:')


# 5. a finally that breaks out of a loop discards the exception
for i in range(3):
    try:
        if i == 1:
            raise RuntimeError('loop')
    finally:
        if i == 1:
            break
state('after break in finally:')


# 6. a finally that returns discards the exception
def return_in_finally():
    try:
        raise OSError('gone')
    finally:
        return 'returned'


print(return_in_finally())
state('after return in finally:')


# 7. nested finally blocks, several frames deep
def level3():
    try:
        raise LookupError('deep')
    finally:
        pass


def level2():
    try:
        level3()
    finally:
        try:
            pass
        finally:
            pass


def level1():
    try:
        level2()
    except LookupError:
        state('  level1 handler:')
    state('  level1 after:')


level1()
state('after nested:')


# 8. with blocks whose __exit__ does not suppress, and one that does
class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        state('  __exit__ sees:')
        return self.suppress


try:
    with CM(False):
        raise ZeroDivisionError('w')
except ZeroDivisionError:
    pass
state('after with (no suppress):')
with CM(True):
    raise ZeroDivisionError('w2')
state('after with (suppress):')


# 9. with inside try/finally inside a handler: the outer handled exception is restored
try:
    raise NameError('outer')
except NameError:
    try:
        try:
            with CM(False):
                raise AttributeError('inner')
        finally:
            state('  finally inside handler:')
    except AttributeError as e:
        print('  inner context:', repr(e.__context__))
    state('  back in outer handler:')
state('after handler with finally:')


# 10. bare raise after the state was restored
def bare_raise():
    raise


try:
    try:
        raise TypeError('old')
    finally:
        pass
except TypeError:
    pass
try:
    bare_raise()
except RuntimeError as e:
    print('bare raise:', e)


# 11. continue inside finally, and an exception passing through several loop iterations
for i in range(2):
    try:
        try:
            raise ValueError(i)
        finally:
            pass
    except ValueError:
        continue
state('after loop with continue:')


# 12. an exception in the finally replacing the original one
try:
    try:
        raise KeyError('first')
    finally:
        try:
            raise ValueError('in finally')
        except ValueError:
            pass
except KeyError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
state('after exception handled inside finally:')

try:
    try:
        raise KeyError('first')
    finally:
        raise ValueError('replaces')
except ValueError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
state('after finally that raised:')


# 13. except with a name, body raises, outer finally
def named_handler():
    try:
        try:
            raise KeyError('k')
        except KeyError as err:
            raise IndexError('from handler') from err
    finally:
        pass


try:
    named_handler()
except IndexError as e:
    print('cause', repr(e.__cause__))
state('after named handler:')

# Finally: an uncaught exception must not show a stale "During handling" section.
try:
    try:
        raise ValueError('stale')
    finally:
        pass
except ValueError:
    pass
raise KeyError('final')
