# f-string errors as Python 3.11 reports them (its f-strings are single string tokens
# whose expressions are parsed on their own)
def check(src):
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), '-> OK')
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

for src in [
    'x = f"{}"\n', 'x = f"{ }"\n', 'x = f"{a b}"\n', 'x = f"  {a b}"\n', 'x = (1,\n f"{a b}")\n', 'x = f"{a!x}"\n',
    'x = f"{a"\n', 'x = f"}"\n', 'x = f"{a}}"\n', 'x = f"{a:{b:{c}}}"\n', 'x = f"{#}"\n', 'x = f"{a!}"\n',
    'x = f"{!r}"\n', 'x = f"{:x}"\n', 'x = f"{lambda x:1}"\n', 'x = f"{*a}"\n', 'x = f"{**a}"\n', 'x = f"{)}"\n',
    'x = f"{(}"\n', 'x = f"{a[}"\n', 'x = f"{x!r!s}"\n', 'x = f"{x!rs}"\n', 'x = f"{a if b}"\n',
    'x = f"""{\na b}"""\n', 'x = f"""{a\nb c}"""\n', 'x = f"{a}" f"{b c}"\n', 'x = f"{x}" b""\n', 'x = f"{x:=10}"\n',
    'x = f"{x = }"\n', 'x = f"{x!r:>{w}}"\n', 'x = f"{a}{b}{{c}}"\n', 'x = rf"{a}\\d"\n', 'x = f"{\'a\'}"\n',
]:
    check(src)
