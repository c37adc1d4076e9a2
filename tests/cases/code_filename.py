# co_filename for functions in this file and compiled code
def f():
    pass

fn = f.__code__.co_filename
print(fn.endswith('code_filename.py'))
print(fn.split('/')[-1])
print(fn == __file__)
print(fn.startswith('/'))
print((lambda: 0).__code__.co_filename == fn)

print("-- compile uses the given filename")
c = compile("def g():\n    pass\n", "virtual.py", "exec")
print(c.co_filename)
ns = {}
exec(c, ns)
print(ns['g'].__code__.co_filename)
print(compile("1", "<string>", "eval").co_filename)

print("-- exec of a string uses <string>")
ns = {}
exec("def h():\n    pass\n", ns)
print(ns['h'].__code__.co_filename)
print(eval("(lambda: 0).__code__.co_filename"))
