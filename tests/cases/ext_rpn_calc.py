class StackUnderflow(Exception):
    pass

OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": lambda a, b: a // b,
    "**": lambda a, b: a ** b,
}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            if len(stack) < 2:
                raise StackUnderflow(f"need 2 operands for {tok!r}, have {len(stack)}")
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack={stack}")
    return stack[0]

tests = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "1.5 dup *", "1 2 swap -",
         "1 +", "1 2", "4 0 /", "x 1 +", "dup", "2 0.5 **", "-3 2 //"]
for t in tests:
    try:
        print(f"{t!r:>22} => {rpn(t)!r}")
    except StackUnderflow as e:
        print(f"{t!r:>22} => underflow: {e}")
    except (ValueError, ZeroDivisionError, IndexError) as e:
        print(f"{t!r:>22} => {type(e).__name__}: {e}")
