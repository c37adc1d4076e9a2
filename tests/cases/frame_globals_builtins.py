# f_globals and f_builtins
import sys

def f():
    return sys._getframe()

fr = f()
print(fr.f_globals is globals())
print(fr.f_globals is f.__globals__)
print(type(fr.f_builtins).__name__)
print(fr.f_builtins['len'] is len)
print(fr.f_builtins is f.__builtins__)

print("-- exec frames get the exec globals")
ns = {'sys': sys}
exec("def g():\n    return sys._getframe()\nfr = g()\n", ns)
print(ns['fr'].f_globals is ns)
print(ns['fr'].f_globals is globals())

print("-- frame of eval")
r = eval("sys._getframe().f_code.co_name", {'sys': sys})
print(r)
r = eval("sys._getframe().f_globals['marker']", {'sys': sys, 'marker': 'seen'})
print(r)

print("-- frame attributes present")
for name in ['f_back', 'f_builtins', 'f_code', 'f_globals', 'f_lasti', 'f_lineno', 'f_locals', 'f_trace']:
    print(name, hasattr(fr, name))
print(fr.f_trace)
