# nested functions: definition, visibility and lifetime
def outer():
    def helper(v):
        return v * 2
    return [helper(i) for i in range(3)]
print(outer())
try:
    helper(1)
except NameError as e:
    print('NameError:', e)

print("-- inner functions are created anew on each call")
def maker():
    def f():
        pass
    return f
print(maker() is maker())

print("-- inner function can refer to itself and to siblings")
def siblings():
    def a(n):
        return 'a' + (b(n - 1) if n else '')
    def b(n):
        return 'b' + (a(n - 1) if n else '')
    return a(4)
print(siblings())

print("-- inner function defined conditionally")
def cond(flag):
    if flag:
        def impl():
            return 'yes'
    else:
        def impl():
            return 'no'
    return impl()
print(cond(True), cond(False))

print("-- redefinition replaces")
def redef():
    def f():
        return 1
    first = f
    def f():
        return 2
    return first(), f()
print(redef())

print("-- nested function names are locals of the outer")
def show_locals():
    def one():
        pass
    two = lambda: 0
    return show_locals.__code__.co_varnames
print(show_locals())
