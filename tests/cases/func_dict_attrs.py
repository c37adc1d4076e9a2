# arbitrary function attributes live in __dict__
def f():
    return f.counter

print("-- empty __dict__")
print(f.__dict__)
print(type(f.__dict__).__name__)

print("-- set attributes")
f.counter = 10
f.label = 'eff'
print(f.__dict__)
print(f())
print(f.label)
print(hasattr(f, 'counter'), hasattr(f, 'missing'))

print("-- modify through __dict__")
f.__dict__['counter'] = 99
print(f.counter)
f.__dict__.update(extra=[1, 2])
print(f.extra)
print(sorted(f.__dict__))

print("-- delete")
del f.label
print(sorted(f.__dict__))
try:
    del f.label
except AttributeError as e:
    print('AttributeError:', e)
try:
    f.nothing
except AttributeError as e:
    print('AttributeError:', e)

print("-- getattr/setattr/delattr")
setattr(f, 'dyn', 'amic')
print(getattr(f, 'dyn'))
print(getattr(f, 'absent', 'default'))
delattr(f, 'dyn')
print(hasattr(f, 'dyn'))

print("-- replace __dict__")
f.__dict__ = {'a': 1}
print(f.a, f.__dict__)
try:
    f.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)

print("-- attributes used as static variables")
def ticker():
    ticker.n = getattr(ticker, 'n', 0) + 1
    return ticker.n
print(ticker(), ticker(), ticker())
print(ticker.__dict__)

print("-- each function has its own dict")
def make():
    def g():
        pass
    return g
g1, g2 = make(), make()
g1.tag = 1
print(hasattr(g2, 'tag'))
print(g1.__dict__ is g2.__dict__)
