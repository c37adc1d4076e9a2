# f_lineno of the current and calling frames
import sys

def here():
    return sys._getframe(1).f_lineno

print(here())
x = here()
print(x)

def f():
    a = here()
    b = here()
    return a, b
print(f())

def lineno_self():
    return sys._getframe().f_lineno
print(lineno_self())

def multi_line_call():
    return here(
    )
print(multi_line_call())

print("-- caller's line while callee runs")
def callee():
    return sys._getframe(1).f_lineno
def caller():
    r1 = callee()
    r2 = callee()
    return r1, r2
print(caller())

print("-- lineno inside a loop")
lines = []
for i in range(3):
    lines.append(sys._getframe().f_lineno)
print(lines)

print("-- f_code.co_firstlineno vs f_lineno")
def relative():
    fr = sys._getframe()
    return fr.f_lineno - fr.f_code.co_firstlineno
print(relative())
