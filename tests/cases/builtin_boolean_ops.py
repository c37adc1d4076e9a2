# and/or/not return operands and short-circuit; conditional expressions
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0)
print('a' and 'b' and 'c', 'a' and '' and 'c', [] or {} or 'last')
print(not 0, not 1, not '', not 'x', not None, not [], not [0])
print(type(1 and 2).__name__, type(not 1).__name__)
print("-- short-circuit")
log = []
def t(v):
    log.append(v)
    return v
t(0) and t(1)
t(1) or t(2)
t(1) and t(0) and t(3)
t(0) or t('') or t('x') or t(4)
print(log)
print("-- precedence: not > and > or")
print(not 1 or 1, not (1 or 1), 1 or 0 and 0, (1 or 0) and 0)
print("-- conditional expressions")
for n in [-1, 0, 1]:
    print('neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = 5
print('big' if x > 3 else 'small', (lambda: 'yes')() if x else 'no')
log.clear()
r = t('a') if t(0) else t('b')
print(r, log)
print("-- default idioms")
def greet(name=None):
    return 'hello ' + (name or 'stranger')
print(greet(), greet(''), greet('Ann'))
