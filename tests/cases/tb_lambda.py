# uncaught exception inside a lambda called from a function
def apply(fn, value):
    return fn(value)

convert = lambda s: int(s) * 2
print(apply(convert, '21'))
apply(convert, 'twenty-one')
