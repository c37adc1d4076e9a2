# dis shows a code object's exception table (the handlers are marked as jump targets).
# The bytecode itself differs between implementations, so only its shape is printed.
import dis


def f():
    try:
        g()
    except KeyError as e:
        h()
    finally:
        k()


def no_handlers():
    return 1


class Collect:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s


for func in (f, no_handlers):
    out = Collect()
    dis.dis(func, file=out)
    lines = out.text.splitlines()
    print(func.__name__, 'ExceptionTable:' in lines)
    if 'ExceptionTable:' in lines:
        rows = lines[lines.index('ExceptionTable:') + 1:]
        print(all([' to ' in r and ' -> ' in r and '[' in r for r in rows]))
    entries = dis._parse_exception_table(func.__code__)
    by_offset = {i.offset: i for i in dis.get_instructions(func)}
    print(sorted({by_offset[e.target].opname for e in entries}))
    print(sorted({(e.depth, e.lasti) for e in entries}))
