# SyntaxErrors found after parsing take their text from the file they name (none for
# <string>), as CPython's PyErr_ProgramTextObject; parser errors keep the parsed line.
import sys
for src in ["break", "return 5", "x = = 1", "nonlocal x", "def f():\n  global x\n  x = 1\n  global x",
            "from __future__ import braces", "x = 1\nfrom __future__ import division", "def f(a, a): pass",
            "f(**a, *b)", "class C:\n  nonlocal q"]:
    for filename in ["<string>", sys.argv[0]]:
        try:
            compile(src, filename, "exec")
        except SyntaxError as e:
            print(repr(src[:12]), filename == "<string>", e.msg, e.lineno, e.offset, repr(e.text))
exec("def g():\n    yield\n    return 1\nbreak")
