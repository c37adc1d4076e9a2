# -*- coding: latin-1 -*-
# A source file in Latin-1 (PEP 263 declaration): string literals and the traceback
# source lines are decoded with the declared encoding.
s = "café crème brûlée"
print(s, len(s), [ord(c) for c in s[:4]])
print(compile(b"# coding: latin-1\nx = \"\xe9\"", "b", "exec").co_consts[0])
été = 2
print(été)
raise ValueError(s)  # é
