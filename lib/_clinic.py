"""Argument checking for library functions written in Python that must reject bad
calls with the exact messages of CPython's C implementations (Argument Clinic's
parser, _PyArg_CheckPositional, _PyArg_NoKeywords). Used as `def f(*args, **kwargs)`
followed by one of these checks."""


def no_kwargs(fname, kwargs):
    if kwargs:
        raise TypeError(f'{fname}() takes no keyword arguments')


def positional(fname, args, kwargs, lo, hi):
    """`fname expected N arguments, got M` checks, after refusing keywords."""
    if kwargs:
        raise TypeError(f'{fname}() takes no keyword arguments')
    n = len(args)
    if n < lo:
        qual = '' if lo == hi else 'at least '
        raise TypeError(f"{fname} expected {qual}{lo} argument{'' if lo == 1 else 's'}, got {n}")
    if n > hi:
        qual = '' if lo == hi else 'at most '
        raise TypeError(f"{fname} expected {qual}{hi} argument{'' if hi == 1 else 's'}, got {n}")
    return args


_MISSING = object()


def parse(fname, args, kwargs, names, posonly=0, maxpos=None, required=0, defaults=()):
    """Binds args/kwargs to `names` as Argument Clinic's keyword parser does; returns a
    list with one value per name (from `defaults`, aligned to the end of `names`, or
    None when not given)."""
    if maxpos is None:
        maxpos = len(names)
    nargs = len(args)
    maxargs = len(names)
    total = nargs + len(kwargs)
    if total > maxargs:
        kw = 'keyword ' if nargs == 0 else ''
        raise TypeError(f"{fname}() takes at most {maxargs} {kw}argument{'' if maxargs == 1 else 's'} ({total} given)")
    if nargs > maxpos:
        if maxpos == 0:
            raise TypeError(f'{fname}() takes no positional arguments')
        qual = 'at most' if min(required, maxpos) < maxpos else 'exactly'
        raise TypeError(f"{fname}() takes {qual} {maxpos} positional argument{'' if maxpos == 1 else 's'} ({nargs} given)")
    min_posonly = min(required, posonly)
    if nargs < min_posonly:
        qual = 'at least' if min_posonly < maxpos else 'exactly'
        raise TypeError(f"{fname}() takes {qual} {min_posonly} positional argument{'' if min_posonly == 1 else 's'} ({nargs} given)")
    values = [_MISSING] * maxargs
    values[:nargs] = args
    unused = len(kwargs)
    for i in range(max(nargs, posonly), maxargs):
        name = names[i]
        if name in kwargs:
            values[i] = kwargs[name]
            unused -= 1
        elif i < required:
            raise TypeError(f"{fname}() missing required argument '{name}' (pos {i + 1})")
    if unused:
        for i in range(posonly, nargs):
            if names[i] in kwargs:
                raise TypeError(f"argument for {fname}() given by name ('{names[i]}') and position ({i + 1})")
        for key in kwargs:
            if key not in names[posonly:]:
                raise TypeError(f"'{key}' is an invalid keyword argument for {fname}()")
    first_default = maxargs - len(defaults)
    for i in range(maxargs):
        if values[i] is _MISSING:
            values[i] = defaults[i - first_default] if i >= first_default else None
    return values


def index(value):
    """operator.index(value), with its message for non-integers."""
    if isinstance(value, int):
        return value
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer") from None
    result = method(value)
    if not isinstance(result, int):
        raise TypeError(f'__index__ returned non-int (type {type(result).__name__})')
    return result
