import sys

def who_called_me():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def stack_names():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def level3():
    return stack_names(), who_called_me()

def level2():
    return level3()

def level1():
    local_var = 42
    other = "x"
    fr = sys._getframe()
    print(sorted(fr.f_locals.items()))
    print(fr.f_globals is globals(), fr.f_code is level1.__code__, fr.f_back.f_code.co_name)
    return level2()

print(level1())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
def lineno_tracker():
    a = sys._getframe().f_lineno
    b = sys._getframe().f_lineno
    return b - a
print(lineno_tracker())
lam = lambda: sys._getframe().f_code.co_name
print(lam())
print([sys._getframe().f_code.co_name for _ in range(1)])
print(type(sys._getframe()).__name__, type(sys._getframe().f_code).__name__)
