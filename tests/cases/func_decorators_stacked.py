# stacked decorators apply bottom-up and call top-down
order = []

def tag(name):
    def deco(fn):
        order.append('apply ' + name)
        def wrapper(*args):
            order.append('enter ' + name)
            r = fn(*args)
            order.append('exit ' + name)
            return '<' + name + '>' + r + '</' + name + '>'
        return wrapper
    return deco

@tag('b')
@tag('i')
@tag('u')
def text(s):
    order.append('body')
    return s

print(order)
order.clear()
print(text('hi'))
for step in order:
    print(step)

print("-- equivalent explicit form")
def plain(s):
    return s
explicit = tag('b')(tag('i')(plain))
print(explicit('yo'))

print("-- decorators with state")
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

def double_result(fn):
    def wrapper(*args):
        return 2 * fn(*args)
    return wrapper

@count_calls
@double_result
def inc(x):
    return x + 1

print(inc(1), inc(10), inc(100))
print(inc.calls)
print(inc.__name__)
print(inc.__closure__[0].cell_contents.__qualname__)
