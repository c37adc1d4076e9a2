# assert statements with and without messages
def check(n):
    assert n > 0
    return n

def check_msg(n):
    assert n > 0, 'n must be positive, got %d' % n
    return n

print(check(1))
try:
    check(0)
except AssertionError as e:
    print('AssertionError', repr(e), e.args, repr(str(e)))

print(check_msg(5))
try:
    check_msg(-2)
except AssertionError as e:
    print('AssertionError:', e)
    print(e.args)

print("-- message expression only evaluated on failure")
calls = []
def msg():
    calls.append('msg evaluated')
    return 'message'
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)

print("-- non-string messages")
for m in [42, None, ['list'], ('t', 'u')]:
    try:
        assert 0, m
    except AssertionError as e:
        print(repr(e), e.args)

print("-- truthiness of the condition")
for value in [0, '', [], None, 0.0, 1, 'x', [0]]:
    try:
        assert value
        print(repr(value), 'passes')
    except AssertionError:
        print(repr(value), 'fails')

print("-- __debug__ is True without -O")
print(__debug__)
