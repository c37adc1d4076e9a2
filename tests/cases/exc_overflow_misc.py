# OverflowError, RecursionError, NotImplementedError and others from builtins
def attempt(label, thunk):
    try:
        print(label, '=', repr(thunk()))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

try:
    2.0 ** 5000
except OverflowError as e:
    print('2.0 ** 5000 ->', type(e).__name__, e.args[1])
attempt('1e308 * 10', lambda: 1e308 * 10)
attempt('int(float("inf"))', lambda: int(float('inf')))
attempt('int(float("nan"))', lambda: int(float('nan')))
attempt('round(float("inf"))', lambda: round(float('inf')))
attempt('float(2 ** 2000)', lambda: float(2 ** 2000))
attempt('(2 ** 2000) / 3', lambda: (2 ** 2000) / 3)
attempt('(2 ** 2000) // 3 > 0', lambda: (2 ** 2000) // 3 > 0)
attempt('"x" * (2 ** 100)', lambda: 'x' * (2 ** 100))
attempt('range(2 ** 100)[0]', lambda: range(2 ** 100)[0])
attempt('[1][2 ** 70]', lambda: [1][2 ** 70])
def todo():
    raise NotImplementedError('todo')
attempt('todo()', todo)
print(issubclass(NotImplementedError, RuntimeError))
print("-- OverflowError is an ArithmeticError")
print(issubclass(OverflowError, ArithmeticError))
