# compile-time errors in call argument lists
def check(label, src):
    try:
        compile(src, '<test>', 'exec')
        print(label, '-> compiled OK')
    except SyntaxError as e:
        print(label, '->', e.msg, e.lineno)

check('keyword argument repeated', 'f(a=1, a=2)\n')
check('keyword repeated among others', 'f(1, b=2, c=3, b=4)\n')
check('positional follows keyword', 'f(a=1, 2)\n')
check('positional follows keyword unpacking', 'f(**k, 2)\n')
check('iterable unpacking follows keyword unpacking', 'f(**k, *a)\n')
check('expression as keyword', 'f(x+1=2)\n')
check('comparison as keyword', 'f(a==1=2)\n')
print("-- valid calls")
check('star after keyword', 'f(a=1, *rest)\n')
check('keyword after **', 'f(**k, a=1)\n')
check('several unpackings', 'f(*a, *b, **c, **d)\n')
check('repeated key through ** is a runtime error, not syntax', "f(**{'a': 1}, a=2)\n")
print("-- runtime check of the last one")
def f(**kw):
    return kw
try:
    f(**{'a': 1}, a=2)
except TypeError as e:
    print('TypeError:', e)
