# traceback carets for a failing call in the middle of an expression
def half(n):
    return n // 2

def describe(value):
    return 'half is ' + str(half(value)) + ' and length is ' + str(len(value))

print('start')
result = describe(10)
