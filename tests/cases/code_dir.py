# attribute names of code objects (public co_* names)
def f():
    pass

names = [n for n in dir(f.__code__) if not n.startswith('_')]
print(names)
print("-- selected attributes exist")
for n in ['co_argcount', 'co_cellvars', 'co_consts', 'co_filename', 'co_firstlineno',
          'co_flags', 'co_freevars', 'co_kwonlyargcount', 'co_name', 'co_names',
          'co_nlocals', 'co_posonlyargcount', 'co_qualname', 'co_varnames',
          'co_lines', 'co_positions', 'replace']:
    print(n, hasattr(f.__code__, n))
print("-- types of attributes")
c = f.__code__
for n in ['co_argcount', 'co_cellvars', 'co_consts', 'co_filename', 'co_firstlineno',
          'co_flags', 'co_freevars', 'co_name', 'co_names', 'co_nlocals', 'co_varnames']:
    print(n, type(getattr(c, n)).__name__)
print(callable(c.replace), callable(c.co_lines))
