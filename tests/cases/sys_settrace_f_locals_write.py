# A trace function's writes to frame.f_locals reach the frame's variables (LocalsToFast).
import sys
def tr(frame, event, arg):
    if frame.f_code.co_name == 'target' and event == 'line':
        loc = frame.f_locals
        if loc.get('v') == 1:
            loc['v'] = 99
        if 'w' in loc:
            print('sees w', loc['w'])
    return tr
def target():
    v = 1
    w = v + 1
    v2 = v
    return v, w, v2
sys.settrace(tr)
print(target())
sys.settrace(None)
def outer():
    c = 1
    def inner():
        return c
    sys.settrace(tr2)
    x = inner()
    sys.settrace(None)
    return x, c
def tr2(frame, event, arg):
    if frame.f_code.co_name == 'outer' and event == 'line':
        frame.f_locals['c'] = 5
    return tr2
print(outer())
