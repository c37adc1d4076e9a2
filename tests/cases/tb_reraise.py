# bare raise keeps the original traceback, adding the handler line
def inner():
    return [1, 2, 3][10]

def outer():
    try:
        inner()
    except IndexError:
        print('logging the error')
        raise

outer()
