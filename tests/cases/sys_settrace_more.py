# Local trace functions, f_trace_lines, trace functions that raise, gettrace, while loops
import sys

log = []

def local(frame, event, arg):
    log.append(("local", event, frame.f_lineno - frame.f_code.co_firstlineno))
    return local

def global_tracer(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name))
    if frame.f_code.co_name == "traced":
        return local
    return None

def traced(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total

def untraced():
    return 1

sys.settrace(global_tracer)
print(sys.gettrace() is global_tracer)
traced(2)
untraced()
sys.settrace(None)
for e in log:
    print(e)
print(sys.gettrace())

# f_trace_lines = False: only call/return reach the local function.
log.clear()
def quiet_tracer(frame, event, arg):
    frame.f_trace_lines = False
    log.append((event, frame.f_code.co_name))
    return quiet_tracer

def work():
    a = 1
    b = 2
    return a + b

sys.settrace(quiet_tracer)
work()
sys.settrace(None)
print(log)

# A trace function that raises: the error propagates and tracing stops.
def bad_tracer(frame, event, arg):
    if event == "line":
        raise KeyError("from tracer")
    return bad_tracer

def victim():
    x = 1
    return x

sys.settrace(bad_tracer)
try:
    victim()
except KeyError as e:
    print("caught", repr(e))
print(sys.gettrace())

# Generators: call on every resumption, return on every yield.
log.clear()
def gen_tracer(frame, event, arg):
    if frame.f_code.co_name == "g":
        log.append((event, frame.f_lineno - frame.f_code.co_firstlineno, arg if event == "return" else None))
    return gen_tracer

def g():
    yield 1
    yield 2

sys.settrace(gen_tracer)
for v in g():
    pass
sys.settrace(None)
for e in log:
    print(e)

# break, continue and nested loops
log.clear()
def line_tracer(frame, event, arg):
    if frame.f_code.co_name == "loops":
        log.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return line_tracer

def loops():
    out = []
    for i in range(3):
        if i == 1:
            continue
        for j in range(2):
            if j:
                break
            out.append((i, j))
    return out

sys.settrace(line_tracer)
print(loops())
sys.settrace(None)
print(log)
