# UnboundLocalError in its many forms
g = 'global value'

def assign_after_read():
    print(g)
    g = 'local'

def aug_assign():
    g += '!'

def del_then_read():
    v = 1
    del v
    return v

def conditional(flag):
    if flag:
        local = 'set'
    return local

def loop_never_runs():
    for item in []:
        pass
    return item

def except_name_cleared():
    try:
        raise ValueError('x')
    except ValueError as err:
        pass
    return err

def import_later():
    s = sys
    import sys

for fn, args in [(assign_after_read, ()), (aug_assign, ()), (del_then_read, ()),
                 (conditional, (False,)), (loop_never_runs, ()), (except_name_cleared, ()),
                 (import_later, ())]:
    try:
        print(fn(*args))
    except UnboundLocalError as e:
        print(fn.__name__, '->', type(e).__name__ + ':', e)

print(conditional(True))
print("-- it is also a NameError")
try:
    aug_assign()
except NameError as e:
    print(isinstance(e, UnboundLocalError), isinstance(e, NameError))
print("-- module level uses NameError, not UnboundLocalError")
try:
    never_defined_anywhere
except NameError as e:
    print(type(e).__name__, e)
