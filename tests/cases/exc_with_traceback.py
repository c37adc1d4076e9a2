# with_traceback and __traceback__
def fail():
    raise ValueError('original')

try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    print(tb.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_code.co_name)
    saved = e

print("-- with_traceback returns the same exception")
new = ValueError('new')
r = new.with_traceback(tb)
print(r is new)
print(new.__traceback__ is tb)

print("-- raising it appends the current frame to the traceback")
try:
    raise new
except ValueError as e:
    names = []
    t = e.__traceback__
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)

print("-- with_traceback(None) clears")
x = ValueError('x').with_traceback(None)
print(x.__traceback__)

print("-- __traceback__ assignment")
y = ValueError('y')
y.__traceback__ = tb
print(y.__traceback__ is tb)
try:
    y.__traceback__ = 'bad'
except TypeError as e:
    print('TypeError:', e)
try:
    y.with_traceback(5)
except TypeError as e:
    print('TypeError:', e)

print("-- fresh exceptions have no traceback")
print(ValueError().__traceback__)
