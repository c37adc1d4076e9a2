import sys

def log_caller(fn):
    def wrapper(*a, **k):
        caller = sys._getframe(1)
        print(f"{fn.__name__} called from {caller.f_code.co_name} line {caller.f_lineno}")
        return fn(*a, **k)
    return wrapper

@log_caller
def work(x):
    return x * 2

def driver():
    return work(5)

print(driver())
print(work(1))

def current_function_name():
    return sys._getframe(1).f_code.co_name

def some_function():
    return current_function_name()
print(some_function(), (lambda: current_function_name())())

def locals_of_caller():
    return sorted(sys._getframe(1).f_locals)

def has_locals():
    alpha, beta = 1, 2
    return locals_of_caller()
print(has_locals())

def globals_via_frame():
    return sys._getframe().f_globals["__name__"], sys._getframe().f_builtins is not None if hasattr(sys._getframe(), "f_builtins") else "-"
print(globals_via_frame())
def frame_depth():
    n = 0
    f = sys._getframe()
    while f.f_back:
        n += 1
        f = f.f_back
    return n
def nest(k):
    return frame_depth() if k == 0 else nest(k - 1)
print(frame_depth(), nest(5))
