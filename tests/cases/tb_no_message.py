# uncaught exceptions with no message, and with several args
def fail():
    raise RuntimeError

try:
    fail()
except RuntimeError as e:
    print('caught', repr(e))
raise ValueError('first', 2, None)
