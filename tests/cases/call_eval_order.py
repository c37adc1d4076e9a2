# order of evaluation in calls and errors during argument evaluation
log = []
def t(name, value=None):
    log.append(name)
    return value

def f(*a, **k):
    log.append('body')
    return len(a), sorted(k)

print(f(t('x', 1), t('y', 2), z=t('z', 3)))
print(log)
log.clear()

print("-- error in an argument stops evaluation")
def boom():
    log.append('boom')
    raise ValueError('arg failed')
try:
    f(t('first'), boom(), t('never'))
except ValueError as e:
    print(e)
print(log)
log.clear()

print("-- bad call detected after all args evaluated")
def two(a, b):
    log.append('two body')
try:
    two(t('p'), t('q'), t('r'))
except TypeError as e:
    print(e)
print(log)
log.clear()

print("-- callee error vs argument error")
try:
    t('callee-expr')(t('arg1'))
except TypeError as e:
    print(e)
print(log)
log.clear()

print("-- nested calls")
def g(x):
    log.append('g%d' % x)
    return x
print(f(g(1), f(g(2), g(3)), g(4)))
print(log)
