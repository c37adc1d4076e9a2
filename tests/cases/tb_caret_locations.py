# Where traceback lines and carets point: imports (no carets), augmented assignment to
# an unbound name, failed asserts, and attribute/method chains written across lines.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(f.__name__, type(e).__name__, 'tb_lineno', tb.tb_lineno)
        sys.__excepthook__(type(e), e, e.__traceback__)


def import_missing():
    import sys, nonexistent_mod_xyz


def import_from_missing():
    from sys import nothing_here


def import_from_multiline():
    from sys import (
        version,
        nothing_either)


def import_dotted_as():
    import nonexistent_pkg.sub as alias


def augassign_unbound():
    count += 1


def augassign_global_undefined():
    global undefined_global_xyz
    undefined_global_xyz -= 2


def augassign_attr():
    o = object()
    o.missing += 1


def augassign_attr_multiline():
    o = object()
    (o
     .missing) += 1


def assert_call():
    x = 's'
    assert isinstance(x, int), 'bad'


def assert_and_compare():
    x = 7
    assert x > 1 and x < 5  # comment


def assert_plain():
    x = 0
    assert x  # c


def assert_chain():
    a, b, c = 1, 3, 2
    assert a < b < c


def assert_compare_then_name():
    x, y = 2, 0
    assert x > 1 and y, 'msg'


def assert_not():
    x = 1
    assert not x, f'x is {x}'


def method_chain():
    s = 'abc'
    r = (s
         .upper()
         .nonexistent())


def attr_chain_load():
    s = 'abc'
    r = (s
         .upper
         .nothing)


def attr_store_multiline():
    o = 5
    o.\
        attr = 5


def attr_del_multiline():
    o = object()
    del (o
         .attr)


def method_call_args_multiline():
    d = {}
    d.update(
        1, 2)


def method_one_line():
    [].nothing(1)


for f in [import_missing, import_from_missing, import_from_multiline, import_dotted_as,
          augassign_unbound, augassign_global_undefined, augassign_attr,
          augassign_attr_multiline, assert_call, assert_and_compare, assert_plain,
          assert_chain, assert_compare_then_name, assert_not, method_chain,
          attr_chain_load, attr_store_multiline, attr_del_multiline,
          method_call_args_multiline, method_one_line]:
    show(f)


class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise ValueError('exit')


def with_return():
    with FailingExit() as c, \
         FailingExit():
        return 5


def with_break():
    for i in range(2):
        with FailingExit():
            break


class FailingIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError('next')


def for_iter_fails():
    for x in (FailingIter()
              ):
        pass


def for_iter_one_line():
    for x in FailingIter(): pass


for f in [with_return, with_break, for_iter_fails, for_iter_one_line]:
    show(f)

# Uncaught, at module level: no carets under an import.
import nonexistent_module_at_top
