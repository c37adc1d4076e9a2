"""The parts of the io module Kaa has: `open` (the builtin), the seek constants, and
UnsupportedOperation, raised by file objects asked for what they cannot do."""

import builtins

open = builtins.open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass
