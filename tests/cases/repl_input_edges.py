# REPL input handling: comments, blank lines inside brackets and strings, errors,
# `_`, sys.last_*, and a block still open at the end of input.
import sys
