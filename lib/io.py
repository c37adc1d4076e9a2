"""The parts of the io module Kaa has: `open` (the builtin), the seek constants,
UnsupportedOperation (raised by file objects asked for what they cannot do), and the
in-memory files StringIO and BytesIO."""

import builtins

open = builtins.open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class _MemoryIO:
    """The shared part of StringIO and BytesIO: a buffer, a position, and the file
    methods over them (CPython writes these in C, in _io)."""

    _empty = ''

    def __init__(self, initial_value=None):
        self._buf = self._empty
        self._pos = 0
        self._closed = False
        if initial_value is not None:
            self._buf = self._check(initial_value, 'initial_value')

    def _check_open(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def getvalue(self):
        self._check_open()
        return self._buf

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._check_open()
        newline = '\n' if isinstance(self._empty, str) else b'\n'
        end = self._buf.find(newline, self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def write(self, s):
        self._check_open()
        s = self._check(s, None)
        if not s:
            return 0
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad * (self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._buf[:size]
        return size


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    _empty = ''
    _pad = '\0'

    def _check(self, value, what):
        if not isinstance(value, str):
            if what:
                raise TypeError(f'{what} must be str or None, not {type(value).__name__}')
            raise TypeError(f"string argument expected, got '{type(value).__name__}'")
        return value


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b''
    _pad = b'\0'

    def _check(self, value, what):
        if isinstance(value, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return bytes(value)


for _cls in (StringIO, BytesIO):
    _cls.__module__ = '_io'
del _cls
