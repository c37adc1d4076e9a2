# TypeError messages for too many positional arguments
def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def dflt(a, b=1):
    pass
def dflt2(a, b=1, c=2):
    pass
def all_default(a=1, b=2):
    pass
def kwo(a, *, k):
    pass
def kwo_default(a, *, k=1):
    pass

def attempt(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print('ok')
    except TypeError as e:
        print(e)

print("-- no defaults")
attempt(zero, 1)
attempt(zero, 1, 2)
attempt(one, 1, 2)
attempt(one, 1, 2, 3)
attempt(two, 1, 2, 3)
print("-- with defaults")
attempt(dflt, 1, 2, 3)
attempt(dflt2, 1, 2, 3, 4)
attempt(dflt2, 1, 2, 3, 4, 5)
attempt(all_default, 1, 2, 3)
print("-- with keyword-only given")
attempt(kwo, 1, 2, k=3)
attempt(kwo_default, 1, 2, k=3)
attempt(kwo_default, 1, 2)
attempt(zero, 1, x=2)
def kwo2(*, a, b):
    pass
attempt(kwo2, 1, a=1, b=2)
attempt(kwo2, 1, 2, a=1)
print("-- posonly")
def po(a, /):
    pass
attempt(po, 1, 2)
print("-- lambda")
attempt(lambda: 0, 1)
attempt(lambda x=0: x, 1, 2)
