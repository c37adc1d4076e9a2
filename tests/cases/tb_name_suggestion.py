# uncaught NameError for a misspelt builtin: CPython appends "Did you mean" (not part of str(e))
def report(items):
    try:
        return lenn(items)
    except NameError as e:
        print('str(e):', e)
    return pritn(items)

report([1, 2])
