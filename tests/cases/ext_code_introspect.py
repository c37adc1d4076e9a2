def outer(a, b=1, *args, c, d=2, **kw):
    x = a + b
    def inner(y):
        return x + y + c
    return inner

co = outer.__code__
for attr in ["co_name", "co_qualname", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
             "co_nlocals", "co_varnames", "co_cellvars", "co_freevars", "co_firstlineno"]:
    print(attr, getattr(co, attr))
print("flags", co.co_flags, bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
print(co.co_filename.endswith("ext_code_introspect.py"))
inner = outer(1, c=3)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_varnames, ic.co_freevars, ic.co_argcount, ic.co_flags & 0x10)
print(inner(10), [c.cell_contents for c in inner.__closure__])
print(type(co).__name__, type(co.co_code).__name__, isinstance(co.co_consts, tuple))
def posonly(a, b, /, c):
    pass
print(posonly.__code__.co_posonlyargcount, posonly.__code__.co_argcount, posonly.__code__.co_varnames)
lam = lambda q, *, r=5: q * r
print(lam.__code__.co_name, lam.__name__, lam.__qualname__, lam.__code__.co_kwonlyargcount, lam.__kwdefaults__)
print(outer.__defaults__, outer.__kwdefaults__, posonly.__defaults__, posonly.__kwdefaults__)
def gen_names():
    global GG
    return len(GG) + some_builtin_like
print(gen_names.__code__.co_names)
def with_consts():
    return ("a", 1, 2.5, None)
print(with_consts.__code__.co_consts)
cr = co.replace(co_name="renamed")
print(cr.co_name, co.co_name, cr is co)
