def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        y = str(e)
    except (TypeError, ValueError):
        raise
    else:
        y = y * 2
    finally:
        print("done")
    return y

def g():
    try:
        return 1
    finally:
        print("cleanup")

def h(items):
    for i in items:
        try:
            continue
        finally:
            print(i)
