# Exception classes with their own __new__ (super().__new__), BaseException.__new__,
# add_note's argument check, __index__ results, and compile-time details: constant
# frozensets for set displays that are only iterated, module-level global annotations.
class AppError(Exception):
    """Base app error."""
    default_msg = 'application error'
    def __init__(self, msg=None, *, code=500):
        super().__init__(msg or self.default_msg)
        self.code = code
class NotFound(AppError):
    default_msg = 'not found'
    def __init__(self, resource, **kw):
        super().__init__(f'{resource} not found', **kw)
        self.resource = resource
class Silent(AppError):
    def __str__(self):
        return f'<silent {self.code}>'
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
class NewOnly(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.extra = 'from new'
        return obj
for exc in [AppError(), AppError('boom', code=400), NotFound('user', code=404), Silent(code=1), NoSuper(1, 2), NewOnly('n', 2)]:
    print(type(exc).__name__, exc.args, str(exc), repr(exc), getattr(exc, 'code', None), exc.__dict__)
print(AppError.__doc__, NotFound.__mro__[1].__name__)
print(isinstance(NotFound('x'), AppError), issubclass(Silent, Exception))
print(NewOnly('q').extra)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
try:
    BaseException(a=1)
except TypeError as e:
    print(e)
print(ValueError('a') == ValueError('a'), ValueError('a') != ValueError('a'))
e = ValueError('x', 1)
print(e.__reduce__())
e.custom = 5
print(e.__reduce__())
e.__setstate__({'z': 1})
print(e.z)
print(type(e).__init__ is ValueError.__init__, ValueError.__new__ is BaseException.__new__)
print(BaseException.__init__.__qualname__, Exception.__str__.__qualname__ if hasattr(Exception.__str__, '__qualname__') else '-')
e = Exception()
Exception.__init__(e, 1, 2)
print(e.args)
class WithSlotsLike(Exception):
    pass
w = WithSlotsLike()
w.args = (1,)
print(w, repr(w))
class ReprArgs(Exception):
    def __init__(self, value):
        super().__init__()
        self.value = value
r = ReprArgs(5)
print(repr(r), str(r), r.args)
try:
    raise NotFound('page', code=404)
except AppError as err:
    print('caught as base:', err, err.code, err.resource)
raise NoSuper('first', 'second')
try:
    ValueError().add_note()
except TypeError as e:
    print(e)
try:
    BaseException.__new__(int)
except TypeError as e:
    print(e)
print(type(BaseException.__new__(KeyError, 'k')).__name__, BaseException.__new__(KeyError, 'k').args)


class BadIndex:
    def __index__(self):
        return 'x'


try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(e)


def uses_sets(x):
    return x in {1, 2, 3}, x not in {'a', 'b'}, [y for y in {3, 1, 2}], x in {1, x}


print(uses_sets(2), uses_sets.__code__.co_consts)
for v in {'b', 'a', 1.5}:
    print(v)
exec('global gx\ngx: int = 1\nprint(gx, __annotations__)', {})
