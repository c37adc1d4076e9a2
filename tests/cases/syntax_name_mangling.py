# private name mangling: __name inside a class body becomes _Class__name (names,
# attributes, parameters, annotations, keyword-only defaults, imports, globals)
class Outer:
    __x = 1
    __dunder__ = 2
    def method(self, __arg, *, __kw=3) -> None:
        __local = self.__x + __arg
        self.__attr = __local
        return [__local + i for i in range(2)], __kw
    def getter(self):
        return self.__attr, getattr(self, '_Outer__attr')
    class __Inner:
        __y = 5
        def f(self):
            return self.__y
    def inner(self):
        return self._Outer__Inner().f()
    ann: int
    __priv_ann: str = 'p'
    lam = lambda self, __z=4: __z
    def deleter(self):
        del self.__attr
        return hasattr(self, '_Outer__attr')

o = Outer()
print(o.method(10))
print(o.getter())
print(o.inner())
print(o.lam())
print(sorted([k for k in Outer.__dict__ if 'Outer' in k or 'dunder' in k]))
print(Outer.__annotations__)
print(Outer.method.__code__.co_varnames, Outer.method.__kwdefaults__)
print(Outer.method.__annotations__)
print(o.deleter())
print(Outer.__qualname__, Outer.method.__qualname__, Outer._Outer__Inner.__qualname__)

class _:
    __a = 1     # a class named only with underscores does not mangle
print('__a' in _.__dict__)

class __Lead:
    __b = 2     # leading underscores of the class name are stripped
print([k for k in __Lead.__dict__ if k.endswith('__b')])

__g = 'global'
class UsesGlobal:
    def f(self):
        global __g
        return __g
    def g(self):
        return globals().get('_UsesGlobal__g', 'missing')
print(UsesGlobal().g())
try:
    UsesGlobal().f()
except NameError as e:
    print('NameError', e)

def check(src):
    try:
        compile(src, '<test>', 'exec')
        print('OK')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
check('class A:\n    def f(self):\n        nonlocal __x\n')
check('class A:\n    def f(self, __a, __a): pass\n')
check('class A:\n    def f(self):\n        __x = 1\n        global __x\n')
