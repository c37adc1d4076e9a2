# frames reachable from tracebacks
def inner():
    local_value = 'inside'
    raise ValueError('boom')

def outer():
    outer_value = 'outside'
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    for fr in frames:
        print(fr.f_code.co_name, fr.f_lineno)
    print(sorted(frames[1].f_locals), sorted(frames[2].f_locals))
    print(frames[0].f_locals is globals())
    print(frames[-1].f_locals['local_value'])
    print(frames[1].f_locals['outer_value'])
    print(frames[-1].f_back is frames[1])
    print(frames[0].f_globals is globals())
