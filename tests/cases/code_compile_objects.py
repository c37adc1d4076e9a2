# code objects produced by compile() in each mode
exec_code = compile("x = 1\ny = x + 1\n", "<exec>", "exec")
eval_code = compile("2 ** 10", "<eval>", "eval")
single_code = compile("z = 5", "<single>", "single")

for c in (exec_code, eval_code, single_code):
    print(type(c).__name__, c.co_name, c.co_filename, c.co_argcount, c.co_varnames)

print("-- running them")
ns = {}
print(exec(exec_code, ns))
print(ns['x'], ns['y'])
print(eval(eval_code))
exec(single_code, ns)
print(ns['z'])

print("-- eval of exec-mode code returns None")
print(eval(exec_code, {}))

print("-- names")
print(exec_code.co_names)
print(eval_code.co_names)

print("-- single mode prints expression values")
exec(compile("1 + 2", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))

print("-- eval mode rejects statements")
try:
    compile("x = 1", "<e>", "eval")
except SyntaxError as e:
    print('SyntaxError', e.msg)

print("-- bad mode")
try:
    compile("1", "<e>", "bogus")
except ValueError as e:
    print('ValueError:', e)

print("-- code objects executed twice")
counter = {'n': 0}
inc = compile("n += 1", "<inc>", "exec")
exec(inc, counter)
exec(inc, counter)
print(counter['n'])
