"""Disassembler of Kaa bytecode.

Kaa's instructions are its own (see ARCHITECTURE.md); this module prints them in the
layout of CPython's dis: line number, jump-target marker, byte offset, instruction name,
argument and, in parentheses, what the argument means."""

import sys
import _dis

opname = list(_dis.opname)
opmap = {name: i for i, name in enumerate(opname)}

_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


class Positions:
    def __init__(self, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.col_offset = col_offset
        self.end_col_offset = end_col_offset

    def __repr__(self):
        return (f'Positions(lineno={self.lineno!r}, end_lineno={self.end_lineno!r}, '
                f'col_offset={self.col_offset!r}, end_col_offset={self.end_col_offset!r})')

    def __iter__(self):
        return iter((self.lineno, self.end_lineno, self.col_offset, self.end_col_offset))

    def __eq__(self, other):
        return tuple(self) == tuple(other)


class Instruction:
    """Details for a bytecode operation."""

    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
               'starts_line', 'is_jump_target', 'positions')

    def __init__(self, opname, opcode, arg, argval, argrepr, offset, starts_line,
                 is_jump_target, positions=None):
        self.opname = opname
        self.opcode = opcode
        self.arg = arg
        self.argval = argval
        self.argrepr = argrepr
        self.offset = offset
        self.starts_line = starts_line
        self.is_jump_target = is_jump_target
        self.positions = positions

    def __repr__(self):
        parts = ', '.join([f'{name}={getattr(self, name)!r}' for name in self._fields])
        return f'Instruction({parts})'

    def __iter__(self):
        return iter(tuple([getattr(self, name) for name in self._fields]))

    def __getitem__(self, index):
        return tuple(self)[index]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def _disassemble(self, lineno_width=3, mark_as_current=False, offset_width=4):
        fields = []
        if lineno_width:
            if self.starts_line is not None:
                fields.append(str(self.starts_line).rjust(lineno_width))
            else:
                fields.append(' ' * lineno_width)
        fields.append('-->' if mark_as_current else '   ')
        fields.append('>>' if self.is_jump_target else '  ')
        fields.append(repr(self.offset).rjust(offset_width))
        fields.append(self.opname.ljust(_OPNAME_WIDTH))
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(_OPARG_WIDTH))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip()


def _get_code_object(x):
    """The code object of a function, method, code object or source string."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    if isinstance(x, str):
        x = compile(x, '<dis>', 'exec')
    if isinstance(x, type(_get_code_object.__code__)):
        return x
    raise TypeError(f"don't know how to disassemble {type(x).__name__} objects")


# Bytes per instruction in Kaa's co_code (CPython's are 2, plus inline caches).
_INSTRUCTION_SIZE = 4


class _ExceptionTableEntry:
    """One row of a code object's exception table: instructions at byte offsets
    start <= offset < end are handled at target, with the value stack cut to depth
    (and the failing instruction's offset pushed when lasti)."""

    def __init__(self, start, end, target, depth, lasti):
        self.start = start
        self.end = end
        self.target = target
        self.depth = depth
        self.lasti = lasti

    def __iter__(self):
        return iter((self.start, self.end, self.target, self.depth, self.lasti))

    def __repr__(self):
        return (f'_ExceptionTableEntry(start={self.start}, end={self.end}, '
                f'target={self.target}, depth={self.depth}, lasti={self.lasti})')


def _parse_exception_table(code):
    # Kaa's co_exceptiontable: four little-endian 32-bit words per entry (start, end,
    # target as instruction indices; depth * 2 + lasti).
    table = code.co_exceptiontable
    entries = []
    for i in range(0, len(table) - 15, 16):
        words = [int.from_bytes(table[i + 4 * k:i + 4 * k + 4], 'little') for k in range(4)]
        start, end, target, dl = words
        entries.append(_ExceptionTableEntry(start * _INSTRUCTION_SIZE, end * _INSTRUCTION_SIZE,
                                            target * _INSTRUCTION_SIZE, dl >> 1, bool(dl & 1)))
    return entries


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """Iterator over the instructions of a function, method, code object or string."""
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    result = []
    for (name, op, arg, argval, argrepr, offset, starts_line, is_target, pos) in _dis.instructions(co):
        if starts_line is not None:
            starts_line += shift
        result.append(Instruction(name, op, arg, argval, argrepr, offset, starts_line,
                                  is_target, Positions(*pos)))
    return iter(result)


def _disassemble_recursive(co, file, depth):
    lines = list(get_instructions(co))
    entries = _parse_exception_table(co)
    # In a disassembly, exception handlers are marked as jump targets too.
    handlers = [entry.target for entry in entries]
    for instr in lines:
        if instr.offset in handlers:
            instr.is_jump_target = True
    maxline = max([i.starts_line for i in lines if i.starts_line is not None], default=0)
    lineno_width = max(3, len(str(maxline)))
    maxoffset = lines[-1].offset if lines else 0
    offset_width = max(4, len(str(maxoffset)))
    for i, instr in enumerate(lines):
        if instr.starts_line is not None and i > 0:
            print(file=file)
        print(instr._disassemble(lineno_width, False, offset_width), file=file)
    if entries:
        print("ExceptionTable:", file=file)
        for entry in entries:
            lasti = " lasti" if entry.lasti else ""
            # The end shown is the offset of the last instruction covered.
            end = entry.end - _INSTRUCTION_SIZE
            print(f"  {entry.start} to {end} -> {entry.target} [{entry.depth}]{lasti}", file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for const in co.co_consts:
            if hasattr(const, 'co_code'):
                print(file=file)
                print(f'Disassembly of {const!r}:', file=file)
                _disassemble_recursive(const, file, depth)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a function, method, code object or source string."""
    if file is None:
        file = sys.stdout
    if x is None:
        raise TypeError('dis() without an argument needs a traceback (not supported)')
    if isinstance(x, type):
        for name, value in sorted(vars(x).items()):
            if hasattr(value, '__code__') or hasattr(value, '__func__'):
                print(f'Disassembly of {name}:', file=file)
                dis(value, file=file, depth=depth)
                print(file=file)
        return
    _disassemble_recursive(_get_code_object(x), file, depth)


disassemble = dis


def findlinestarts(code):
    """Pairs (offset, lineno) where source lines start."""
    result = []
    lastline = None
    for start, end, line in code.co_lines():
        if line is not None and line != lastline:
            lastline = line
            result.append((start, line))
    return iter(result)


def code_info(x):
    """Formatted details of a code object."""
    co = _get_code_object(x)
    lines = [
        f'Name:              {co.co_name}',
        f'Filename:          {co.co_filename}',
        f'Argument count:    {co.co_argcount}',
        f'Positional-only arguments: {co.co_posonlyargcount}',
        f'Kw-only arguments: {co.co_kwonlyargcount}',
        f'Number of locals:  {co.co_nlocals}',
        f'Stack size:        {co.co_stacksize}',
        f'Flags:             {pretty_flags(co.co_flags)}',
    ]
    if co.co_consts:
        lines.append('Constants:')
        for i, c in enumerate(co.co_consts):
            lines.append(f'{i:>4}: {c!r}')
    if co.co_names:
        lines.append('Names:')
        for i, n in enumerate(co.co_names):
            lines.append(f'{i:>4}: {n}')
    if co.co_varnames:
        lines.append('Variable names:')
        for i, n in enumerate(co.co_varnames):
            lines.append(f'{i:>4}: {n}')
    if co.co_freevars:
        lines.append('Free variables:')
        for i, n in enumerate(co.co_freevars):
            lines.append(f'{i:>4}: {n}')
    if co.co_cellvars:
        lines.append('Cell variables:')
        for i, n in enumerate(co.co_cellvars):
            lines.append(f'{i:>4}: {n}')
    return '\n'.join(lines)


COMPILER_FLAG_NAMES = {
    1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS',
    16: 'NESTED', 32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE',
    256: 'ITERABLE_COROUTINE', 512: 'ASYNC_GENERATOR',
}


def pretty_flags(flags):
    """Return pretty representation of code flags."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ', '.join(names)


def show_code(co, *, file=None):
    """Print details of a code object."""
    print(code_info(co), file=file)
