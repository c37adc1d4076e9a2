"""The `exit` and `quit` builtins, which CPython's site module installs: objects that
explain themselves when echoed at the prompt and end the program when called."""

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
