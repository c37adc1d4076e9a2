import sys
events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]))
    elif event == "return":
        arg = repr(arg)
    else:
        arg = None
    events.append((event, name, rel, arg))
    return tracer
def one(): return 1
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total
def cond(x):
    if x:
        return "yes"
    else:
        return "no"
def fails():
    raise ValueError("bad")
def catcher():
    try:
        fails()
    except ValueError:
        pass
    return "caught"
def gen():
    yield 1
    yield 2
def uses_gen():
    return [x for x in gen()]
def with_while():
    i = 0
    while i < 2:
        i += 1
    return i
class C:
    def method(self):
        return self.other()
    def other(self):
        return 5
sys.settrace(tracer)
one()
loop(2)
cond(0)
catcher()
uses_gen()
with_while()
C().method()
sys.settrace(None)
for e in events:
    print(e)
print(sys.gettrace())
