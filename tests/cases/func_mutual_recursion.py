# mutual recursion between functions defined at module level and nested
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print("-- even/odd")
print([is_even(i) for i in range(8)])
print([is_odd(i) for i in range(8)])
print(is_even(500), is_odd(501))

print("-- late lookup of globals")
def a(n):
    return 'a' + (b(n - 1) if n else '')
def b(n):
    return 'b' + (a(n - 1) if n else '')
print(a(5), b(4))

print("-- nested mutual recursion via closures")
def outer(limit):
    trace = []
    def ping(n):
        trace.append('ping%d' % n)
        if n < limit:
            pong(n + 1)
    def pong(n):
        trace.append('pong%d' % n)
        if n < limit:
            ping(n + 1)
    ping(0)
    return trace
print(outer(5))
print(outer(0))

print("-- expression grammar")
def parse_expr(tokens, pos):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in '+-':
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == '+' else value - rhs
    return value, pos

def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in '*/':
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == '*' else value // rhs
    return value, pos

def parse_atom(tokens, pos):
    if tokens[pos] == '(':
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    return int(tokens[pos]), pos + 1

for src in ['1+2*3', '(1+2)*3', '2*(3+4)*5-6', '((7))', '8/2/2', '9-3-2']:
    print(src, '=', parse_expr(list(src), 0)[0])
