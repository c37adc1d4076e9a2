# simple decorators: wrapping and replacing functions
log = []

def trace(fn):
    def wrapper(*args, **kwargs):
        log.append('call ' + fn.__name__ + repr(args))
        result = fn(*args, **kwargs)
        log.append('ret ' + repr(result))
        return result
    return wrapper

@trace
def add(a, b):
    return a + b

print("-- wrapped call")
print(add(2, 3))
print(log)
print(add.__name__)
print(add.__qualname__)
print(add.__code__.co_freevars)
print(add.__closure__[0].cell_contents.__name__)

print("-- decorator returning the same function (registration)")
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def one():
    return 1

@register
def two():
    return 2

print(sorted(registry))
print(registry['one'] is one)
print(registry['two']())

print("-- decorator replacing function with a value")
def call_now(fn):
    return fn()

@call_now
def value():
    return 42
print(value)
print(type(value).__name__)

print("-- decorator order of evaluation")
def d(fn):
    print('decorating', fn.__name__)
    return fn
@d
def p():
    pass
print('after def')

print("-- copying metadata by hand")
def wraps_manual(fn):
    def inner(*a):
        return fn(*a) * 2
    inner.__name__ = fn.__name__
    inner.__doc__ = fn.__doc__
    inner.__wrapped__ = fn
    return inner

@wraps_manual
def sq(x):
    "square x"
    return x * x
print(sq(3), sq.__name__, sq.__doc__, sq.__wrapped__(3))
print(sq.__qualname__)
