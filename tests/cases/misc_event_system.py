# an event system built from closures, decorators and dicts
def make_bus():
    handlers = {}
    def on(event):
        def register(fn):
            handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(event, *args, **kwargs):
        results = []
        for fn in handlers.get(event, []):
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                results.append('%s failed: %s' % (fn.__name__, e))
        return results
    return on, emit, handlers

on, emit, handlers = make_bus()

@on('greet')
def hello(name):
    return 'hello ' + name

@on('greet')
def shout(name):
    return name.upper() + '!'

@on('greet')
def broken(name):
    return name / 2

@on('sum')
def total(*nums, start=0):
    return start + sum(nums)

print(emit('greet', 'ada'))
print(emit('sum', 1, 2, 3))
print(emit('sum', 1, 2, start=10))
print(emit('nothing'))
print({k: [f.__name__ for f in v] for k, v in handlers.items()})
print(hello('direct'), hello.__name__)
