# CPython's tokenizer limits: 100 indentation levels and 200 nested brackets
def check(src, mode='exec'):
    try:
        compile(src, '<test>', mode)
        print('OK')
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

def nested_ifs(n, indent=' '):
    return ''.join([indent * i + 'if x:\n' for i in range(n)]) + indent * n + 'pass\n'

for n in (98, 99, 100, 101):
    check(nested_ifs(n))
check(nested_ifs(101, '\t'))
for n in (199, 200, 201):
    check('x = ' + '(' * n + '1' + ')' * n + '\n')
check('x = ' + '[(' * 100 + '1' + ')]' * 100 + '\n')
check('x = ' + '{' * 201 + '\n')
check('x = f"{' + '(' * 199 + '1' + ')' * 199 + '}"\n')
check('x = f"{' + '(' * 200 + '1' + ')' * 200 + '}"\n')
check('[' * 150 + ']' * 150, 'eval')

# Nesting limits past the tokenizer: the symbol table's recursion limit and the parser's stack
def deep(src):
    try:
        compile(src, '<test>', 'exec')
        print('OK')
    except (RecursionError, MemoryError) as e:
        print(type(e).__name__, e)

deep('x = ' + '+'.join(['a'] * 1500))
deep('x = ' + '+'.join(['a'] * 5000))
deep('x = a' + '.b' * 4000)
deep('x = ' + 'not ' * 4000 + 'a')
deep('x = ' + 'not ' * 10000 + 'a')
deep('x = ' + 'lambda: ' * 2500 + 'a')
deep('x = ' + '**'.join(['2'] * 2500))
deep('x = ' + ' and '.join(['a'] * 10000))
