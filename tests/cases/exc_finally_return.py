# return inside finally overrides returns and swallows exceptions
def override_return():
    try:
        return 'try'
    finally:
        return 'finally'
print(override_return())

def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())

def except_return():
    try:
        raise KeyError('k')
    except KeyError:
        return 'except'
    finally:
        print('finally runs')
print(except_return())

def except_return_overridden():
    try:
        raise KeyError('k')
    except KeyError:
        return 'except'
    finally:
        return 'finally wins'
print(except_return_overridden())

print("-- return value evaluated before finally")
def order():
    x = ['before']
    try:
        return x[:]
    finally:
        x.append('finally')
        print('x is now', x)
print(order())

def mutated():
    x = ['before']
    try:
        return x
    finally:
        x.append('mutated in finally')
print(mutated())

print("-- finally reassigning a local does not change the returned value")
def reassign():
    v = 1
    try:
        return v
    finally:
        v = 2
print(reassign())

print("-- nested finally")
def nested():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
