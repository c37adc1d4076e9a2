# co_name and co_qualname for functions at various nesting levels
def top():
    def nested():
        def deeper():
            pass
        return deeper
    return nested

for fn in [top, top(), top()()]:
    c = fn.__code__
    print(c.co_name, '|', c.co_qualname)

print("-- lambdas")
lam = lambda: 0
print(lam.__code__.co_name, '|', lam.__code__.co_qualname)
def holder():
    return lambda: lambda: 0
print(holder().__code__.co_qualname)
print(holder()().__code__.co_qualname)

print("-- qualname survives renaming of function")
def renamed():
    pass
renamed.__name__ = 'other'
renamed.__qualname__ = 'other.q'
print(renamed.__code__.co_name, renamed.__code__.co_qualname)

print("-- module level code")
m = compile("def q(): pass", "<x>", "exec")
print(m.co_name, '|', m.co_qualname)
e = compile("1 + 1", "<x>", "eval")
print(e.co_name, '|', e.co_qualname)

print("-- function defined in exec")
ns = {}
exec("def outer_exec():\n    def inner_exec():\n        pass\n    return inner_exec\n", ns)
print(ns['outer_exec']().__code__.co_qualname)

print("-- global declaration resets qualname")
def maker():
    global made
    def made():
        pass
    return made
print(maker().__qualname__)
