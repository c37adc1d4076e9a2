"""Names for the types of the interpreter's own objects (functions, code, cells,
frames, tracebacks, modules, ...), found by asking objects of each kind for their type."""

import sys


def _f():
    pass


def _cell_factory():
    a = 1

    def inner():
        return a
    return inner.__closure__[0]


class mappingproxy:
    """Read-only proxy of a mapping (what a class's __dict__ is)."""

    __module__ = 'builtins'
    __hash__ = None

    def __init__(self, mapping, /):
        if isinstance(mapping, (list, tuple)) or not hasattr(mapping, '__getitem__') \
                or not hasattr(mapping, 'keys'):
            raise TypeError(f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        object.__setattr__(self, '_mapping', mapping)

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None, /):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __or__(self, other):
        if isinstance(other, mappingproxy):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __repr__(self):
        return f'mappingproxy({self._mapping!r})'

    def __str__(self):
        return str(self._mapping)


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())
MappingProxyType = type(type.__dict__)  # mappingproxy, defined above
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
GetSetDescriptorType = type(FunctionType.__code__)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MemberDescriptorType = type(FunctionType.__globals__)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = [f'{k}={v!r}' for k, v in self.__dict__.items()]
        return f"namespace({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


def _item_repr(obj):
    # How an argument of a generic alias or union is shown: `...`, nested aliases by
    # their repr, classes as `module.qualname` (just `qualname` for builtins).
    if obj is ...:
        return '...'
    if isinstance(obj, (GenericAlias, UnionType)):
        return repr(obj)
    try:
        qualname = obj.__qualname__
        module = obj.__module__
    except AttributeError:
        return repr(obj)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join([_item_repr(a) for a in self.__args__])
        return f'{_item_repr(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        raise TypeError(f'{self!r} is not a generic class')

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return ' | '.join(['None' if a is type(None) else _item_repr(a) for a in self.__args__])

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __instancecheck__(self, obj):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('isinstance() argument 2 cannot be a parameterized generic')
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError('issubclass() argument 2 cannot be a parameterized generic')
        return issubclass(cls, self.__args__)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union_or(left, right):
    """`left | right` for classes, None, generic aliases and unions (type.__or__)."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        parts = side.__args__ if isinstance(side, UnionType) else (side,)
        for part in parts:
            if part is None:
                part = type(None)
            if part not in args:
                args.append(part)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


del sys, _f, _cell_factory, _C
