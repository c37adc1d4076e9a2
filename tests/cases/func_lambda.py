# lambda expressions
sq = lambda x: x * x
add = lambda a, b=10: a + b
noargs = lambda: 'none'
star = lambda *a, **k: (a, k)
kwo = lambda *, k: k

print("-- calls")
print(sq(7), add(1), add(1, 2), noargs(), star(1, 2, z=3), kwo(k='K'))

print("-- metadata")
print(sq.__name__)
print(sq.__qualname__)
print(sq.__code__.co_name)
print(sq.__doc__)
print(add.__defaults__)
print(kwo.__kwdefaults__)
print(type(sq).__name__)

print("-- lambda in data structures")
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))

print("-- immediately invoked")
print((lambda x, y: x ** y)(2, 8))

print("-- lambda returning lambda")
adder = lambda n: lambda x: x + n
add5 = adder(5)
print(add5(1), adder(100)(1))
print(add5.__qualname__)
print(add5.__code__.co_freevars)

print("-- lambdas as keys")
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(max(words, key=lambda w: w[-1]))

print("-- conditional in lambda")
sign = lambda n: 'neg' if n < 0 else ('zero' if n == 0 else 'pos')
print([sign(n) for n in (-2, 0, 3)])

print("-- lambda defaults capture values")
fs = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in fs])

print("-- nested lambda qualname")
def outer():
    return lambda: lambda: 0
print(outer().__qualname__)
print(outer()().__qualname__)
