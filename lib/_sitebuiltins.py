"""The builtins CPython's site module installs: `exit` and `quit` (objects that explain
themselves when echoed at the prompt and end the program when called), `copyright`,
`credits`, `license` and `help`; and a `memoryview` written in Python."""

import sys


class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'

    def __call__(self, code=None):
        # As in CPython: close stdin first (shells that catch SystemExit notice that),
        # ignoring any failure to do so.
        try:
            sys.stdin.close()
        except BaseException:
            pass
        raise SystemExit(code)


def install(builtins):
    eof = 'Ctrl-D (i.e. EOF)'
    builtins.exit = Quitter('exit', eof)
    builtins.quit = Quitter('quit', eof)
    builtins.copyright = _Printer('copyright', sys.copyright)
    builtins.credits = _Printer('credits', """\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.""")
    # CPython shows the license file of its installation; Kaa points to it.
    builtins.license = _Printer('license', "See https://www.python.org/psf/license/", long=True)
    builtins.help = _Helper()
    builtins.memoryview = memoryview


class _Printer:
    """An object that shows a text when echoed (or says how to see it, when long) and
    pages through it when called: `copyright`, `credits`, `license`."""

    MAXLINES = 23

    def __init__(self, name, data, long=False):
        self.__name = name
        self.__lines = data.split('\n')
        self.__long = long

    def __repr__(self):
        if len(self.__lines) <= self.MAXLINES and not self.__long:
            return "\n".join(self.__lines)
        return "Type %s() to see the full %s text" % ((self.__name,) * 2)

    def __call__(self):
        prompt = 'Hit Return for more, or q (and Return) to quit: '
        lineno = 0
        while True:
            for line in self.__lines[lineno:lineno + self.MAXLINES]:
                print(line)
            lineno += self.MAXLINES
            if lineno >= len(self.__lines):
                break
            key = None
            while key is None:
                key = input(prompt)
                if key not in ('', 'q'):
                    key = None
            if key == 'q':
                break


class _Helper:
    """`help`: CPython's calls pydoc, which Kaa does not have (calling it says so)."""

    def __repr__(self):
        return "Type help() for interactive help, or help(object) for help about object."

    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)


class memoryview:
    """A view of the bytes of a bytes or bytearray object, without copying them (a
    small model of CPython's buffer view: one-dimensional, format 'B')."""

    __module__ = 'builtins'

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self._obj, self._range = obj._obj, obj._range
        elif isinstance(obj, (bytes, bytearray)):
            self._obj, self._range = obj, range(len(obj))
        else:
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(obj).__name__}'")
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def __repr__(self):
        return object.__repr__(self).replace('memoryview object', 'memory')

    def __len__(self):
        self._check()
        return len(self._range)

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            view = memoryview(self)
            view._range = self._range[key]
            return view
        return self._obj[self._range[key]]

    def __setitem__(self, key, value):
        self._check()
        if isinstance(self._obj, bytes):
            raise TypeError("cannot modify read-only memory")
        if isinstance(key, slice):
            targets = self._range[key]
            data = bytes(value)
            if len(data) != len(targets):
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            for i, b in zip(targets, data):
                self._obj[i] = b
        else:
            self._obj[self._range[key]] = value

    def __iter__(self):
        return iter(self.tolist())

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray, memoryview)):
            return self.tobytes() == bytes(other)
        return NotImplemented

    def __bytes__(self):
        return self.tobytes()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def tobytes(self):
        self._check()
        return bytes([self._obj[i] for i in self._range])

    def tolist(self):
        self._check()
        return [self._obj[i] for i in self._range]

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def release(self):
        self._released = True

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def nbytes(self):
        return len(self)

    @property
    def readonly(self):
        self._check()
        return isinstance(self._obj, bytes)

    format = 'B'
    itemsize = 1
    ndim = 1

    @property
    def shape(self):
        return (len(self),)

    @property
    def strides(self):
        self._check()
        return (self._range.step,)
