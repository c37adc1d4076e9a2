# Trace events when an exception is thrown into a suspended generator (throw/close).
import sys
def tr(frame, event, arg):
    if frame.f_code.co_name == 'gen': print(event, frame.f_lineno, arg if event != 'exception' else arg[0].__name__)
    return tr
def gen():
    try:
        yield 1
    except KeyError:
        yield 2
    yield 3
g = gen(); sys.settrace(tr); next(g); print(g.throw(KeyError)); g.close(); sys.settrace(None)
g = gen(); sys.settrace(tr); next(g)
try: g.throw(ValueError("v"))
except ValueError as e: print("out", e)
sys.settrace(None)
