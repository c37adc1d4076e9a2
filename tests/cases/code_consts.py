# co_consts for simple cases
def with_doc():
    "the doc"
    return 1

def no_doc():
    return 1

def none_only():
    pass

print(with_doc.__code__.co_consts[0])
print(with_doc.__code__.co_consts[0] == with_doc.__doc__)
print(none_only.__code__.co_consts[0])
print(no_doc.__code__.co_consts[0] is None)
print(type(no_doc.__code__.co_consts).__name__)

def uses_literals():
    a = 'hello'
    b = 3.5
    return a, b

c = uses_literals.__code__.co_consts
print(c[0], 'hello' in c, 3.5 in c)

print("-- nested code objects appear as constants")
def outer():
    def inner_one():
        pass
    def inner_two():
        pass
    return 0
names = [k.co_name for k in outer.__code__.co_consts if hasattr(k, 'co_name')]
print(names)

print("-- lambda with doc string literal body")
lam = lambda: 'value'
print(lam.__doc__)
print('value' in lam.__code__.co_consts)
