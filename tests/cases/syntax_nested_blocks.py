# CPython's limit of 20 statically nested blocks (loops, try, with) per code object.
for n in (20, 21):
    src = ''.join('    '*i + f'for i{i} in x:\n' for i in range(n)) + '    '*n + 'pass\n'
    try:
        compile(src, 's', 'exec'); print(n, "ok")
    except SyntaxError as e: print(n, e, e.lineno, e.offset, e.end_lineno, e.end_offset)
src = ''.join('    '*i + f'with a:\n' for i in range(21)) + '    '*21 + 'pass\n'
try: compile(src, 's', 'exec')
except SyntaxError as e: print(e, e.lineno, e.offset, e.end_lineno, e.end_offset)
src = ''.join('    '*i + f'try:\n' for i in range(10)) + '    '*10 + 'pass\n' + ''.join('    '*i + 'finally:\n' + '    '*(i+1) + 'pass\n' for i in reversed(range(10)))
try: compile(src, 's', 'exec'); print("try ok")
except SyntaxError as e: print(e, e.lineno, e.offset, e.end_lineno, e.end_offset)
src = 'def f():\n' + ''.join('    '*(i+1) + f'while x:\n' for i in range(19)) + '    '*20 + 'pass\nfor q in y:\n    pass\n'
try: compile(src, 's', 'exec'); print("fn ok")
except SyntaxError as e: print(e, e.lineno, e.offset, e.end_lineno, e.end_offset)
