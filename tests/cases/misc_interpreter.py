# a tiny stack-based interpreter using a dict of functions
def run(program):
    stack = []
    out = []
    def binary(fn):
        def op():
            b = stack.pop()
            a = stack.pop()
            stack.append(fn(a, b))
        return op
    def dup():
        stack.append(stack[-1])
    def swap():
        stack[-1], stack[-2] = stack[-2], stack[-1]
    def emit():
        out.append(stack.pop())
    ops = {
        '+': binary(lambda a, b: a + b),
        '-': binary(lambda a, b: a - b),
        '*': binary(lambda a, b: a * b),
        '/': binary(lambda a, b: a // b),
        'dup': dup,
        'swap': swap,
        '.': emit,
    }
    for tok in program.split():
        if tok in ops:
            ops[tok]()
        else:
            stack.append(int(tok))
    return out, stack

print(run('2 3 + .'))
print(run('10 dup * .'))
print(run('1 2 swap - .'))
print(run('7 2 / 7 2 - . .'))
print(run('1 2 3'))
for bad in ['1 +', '5 0 /', '1 x']:
    try:
        run(bad)
    except (IndexError, ZeroDivisionError, ValueError) as e:
        print(repr(bad), '->', type(e).__name__ + ':', e)
