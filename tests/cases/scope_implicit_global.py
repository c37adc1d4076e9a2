# names not assigned in a function are looked up in globals, then builtins
LIMIT = 3

def use_global():
    return LIMIT * 2

def use_builtin():
    return len('abcd')

def use_late_global():
    return defined_later

print(use_global())
print(use_builtin())
try:
    use_late_global()
except NameError as e:
    print('NameError:', e)
defined_later = 'now defined'
print(use_late_global())

print("-- changing a global changes what functions see")
LIMIT = 10
print(use_global())

print("-- global shadows builtin")
def call_len():
    return len([1, 2, 3])
len = lambda x: 'shadowed'
print(call_len())
del len
print(call_len())

print("-- name lookup happens at call time, not def time")
def uses_helper():
    return helper()
def helper():
    return 'first helper'
print(uses_helper())
def helper():
    return 'second helper'
print(uses_helper())

print("-- nested function reading a global not shadowed by outer")
G = 'global G'
def outer():
    def inner():
        return G
    return inner()
print(outer())
