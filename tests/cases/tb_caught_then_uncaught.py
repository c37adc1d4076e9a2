# stdout from before the error is printed, then the traceback of an exception in a handler chain
def risky(i):
    if i == 3:
        return undefined_helper(i)
    return i * i

results = []
for i in range(5):
    try:
        results.append(risky(i))
    except ZeroDivisionError:
        results.append(None)
    print('step', i, results)
