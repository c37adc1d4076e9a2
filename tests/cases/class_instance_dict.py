class E(Exception): pass
print(list(E.__dict__))
class R: 
  'doc'
  x=1
print(list(R.__dict__))
class S(R): pass
print(list(S.__dict__))
class T(S, E): pass
print(list(T.__dict__))
print(R.__dict__['__dict__'], R.__dict__['__weakref__'])
r=R(); r.__dict__ = {'q': 2}; print(r.q, vars(r))
try: r.__dict__ = 5
except TypeError as e: print(e)
del r.__dict__; print(r.__dict__)
print(R().__weakref__)
import types
ns = types.SimpleNamespace(x=1, y=2)
print(ns, ns.x)
e = E(1); e.foo = 3; print(e.__dict__, vars(e))
