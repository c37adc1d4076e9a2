"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # make a deep copy of y, with a memo

For module specific errors, copy.Error is raised.

Written for Kaa from the documentation and CPython 3.11's behaviour. Objects are
copied through __copy__/__deepcopy__ when they define them, else through the reduce
protocol (__reduce_ex__(4) / __reduce__, with __getnewargs__, __getstate__ and
__setstate__); for plain instances, whose object.__reduce_ex__ Kaa does not implement
yet, the default reduction (new object of the class, then its state) is done here.
"""

import types

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility

# Values that are their own copies.
_atomic = frozenset({
    type(None), int, float, bool, complex, str, bytes, range,
    type(Ellipsis), type(NotImplemented), types.BuiltinFunctionType, types.FunctionType,
    types.CodeType, property, type,
})


# ...and, for a shallow copy, immutable containers too.
_shallow_atomic = _atomic | {tuple, frozenset}


def _default_reduce(x):
    """What object.__reduce_ex__(4) gives for instances of Python classes."""
    cls = type(x)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        if kwargs:
            return _new_with_kwargs, (cls, args, kwargs), _state_of(x)
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        args = getnewargs(x) if getnewargs is not None else ()
    return _new, (cls,) + tuple(args), _state_of(x)


def _state_of(x):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        return getstate()
    return getattr(x, '__dict__', None) or None


def _new(cls, *args):
    return cls.__new__(cls, *args)


def _new_with_kwargs(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reduce(x):
    """The reduction of x as copy uses it: (callable, args, state, listitems,
    dictitems), padded with None."""
    cls = type(x)
    if isinstance(x, BaseException):
        state = x.__dict__ or None
        return (cls, x.args, state, None, None)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step), None, None, None)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not object.__reduce_ex__:
        rv = reductor(x, 4)
    else:
        reductor = getattr(cls, '__reduce__', None)
        if reductor is not None and reductor is not object.__reduce__:
            rv = reductor(x)
        elif cls.__module__ != 'builtins':
            rv = _default_reduce(x)
        else:
            raise TypeError(f"cannot pickle '{cls.__name__}' object")
    if isinstance(rv, str):
        return None
    return tuple(rv) + (None,) * (5 - len(rv))


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _shallow_atomic or isinstance(x, type):
        return x
    if cls in (list, dict, set):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is None:
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or isinstance(x, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # The tuple may have been copied while copying its items (a cycle).
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is types.MethodType:
        y = type(x)(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            if cls in (set, frozenset):
                rv = (cls, (list(x),), None, None, None)
            else:
                rv = _reduce(x)
            if rv is None:
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If it is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as the memo, so its id is not reused while the memo
    maps it."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None and not isinstance(x, BaseException):
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
