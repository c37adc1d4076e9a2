def trace(fn):
    return fn

def repeat(times):
    def deco(fn):
        return fn
    return deco

@trace
@repeat(3)
def hello(name="world"):
    return "hello " + name

@trace
class Widget:
    pass
