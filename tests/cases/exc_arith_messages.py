# exact messages of arithmetic exceptions
def attempt(label, thunk):
    try:
        print(label, '=', repr(thunk()))
    except (ArithmeticError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)

attempt('1 / 0', lambda: 1 / 0)
attempt('1 // 0', lambda: 1 // 0)
attempt('1 % 0', lambda: 1 % 0)
attempt('divmod(1, 0)', lambda: divmod(1, 0))
attempt('1.0 / 0', lambda: 1.0 / 0)
attempt('1 / 0.0', lambda: 1 / 0.0)
attempt('1.0 // 0.0', lambda: 1.0 // 0.0)
attempt('1.0 % 0.0', lambda: 1.0 % 0.0)
attempt('divmod(1.0, 0)', lambda: divmod(1.0, 0))
attempt('0 ** -1', lambda: 0 ** -1)
attempt('0.0 ** -1', lambda: 0.0 ** -1)
attempt('pow(5, 2, 0)', lambda: pow(5, 2, 0))
attempt('2.0 ** 10000', lambda: 2.0 ** 10000)
attempt('float(10 ** 400)', lambda: float(10 ** 400))
attempt('10 ** 400 / 1', lambda: 10 ** 400 / 1)
attempt('1 << -1', lambda: 1 << -1)
attempt('x / 0 with names', lambda: (lambda a, b: a / b)(5, 0))
print("-- ValueError for negative shift is not ArithmeticError")
try:
    1 << -1
except ValueError as e:
    print('ValueError:', e)
