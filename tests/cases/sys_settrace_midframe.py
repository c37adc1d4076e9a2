# Tracing switched on inside a running frame: line events start from the frame's last executed instruction.
import sys
ev = []
def tr(frame, event, arg):
    ev.append((event, frame.f_code.co_name, frame.f_lineno))
    return tr
def work():
    a = 1
    fr = sys._getframe()
    fr.f_trace = tr
    sys.settrace(tr)
    b = 2
    c = helper()
    sys.settrace(None)
    d = 4
    return a + b
def helper():
    x = 1
    return x
work()
for e in ev: print(e)
ev.clear()
def lines_off():
    fr = sys._getframe()
    fr.f_trace_lines = False
    sys.settrace(tr)
    fr.f_trace = tr
    y = 1
    z = 2
    sys.settrace(None)
lines_off()
for e in ev: print(e)
def check():
    fr = sys._getframe()
    fr.f_trace = tr
    print(fr.f_trace is tr)
    fr.f_trace_lines = False
    print(fr.f_trace_lines)
    fr.f_trace_opcodes = True
    print(fr.f_trace_opcodes)
    try:
        fr.f_trace_opcodes = 1
    except TypeError as e:
        print(e)
check()
