# a three-level chain mixing implicit and explicit chaining
def step1():
    return {}['token']

def step2():
    try:
        step1()
    except KeyError as e:
        raise ValueError('bad token') from e

def step3():
    try:
        step2()
    except ValueError:
        raise RuntimeError('request failed')

step3()
