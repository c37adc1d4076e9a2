# deleting global names
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)

def f():
    return 'f'
del f
try:
    f()
except NameError as e:
    print('NameError:', e)

print("-- del of undefined global")
try:
    del never_was
except NameError as e:
    print('NameError:', e)

print("-- del from inside a function with global")
y = 'y value'
def kill_y():
    global y
    del y
kill_y()
print('y' in globals())

print("-- del local without global declaration does not touch globals")
z = 'z global'
def try_del():
    try:
        del z
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(try_del())
print(z)

print("-- rebinding after delete")
w = 1
del w
w = 2
print(w)

print("-- del of several names and of builtins shadow")
a = b = c = 0
del a, b
print('a' in globals(), 'b' in globals(), 'c' in globals())
len = None
del len
print(len('abc'))
try:
    del len
except NameError as e:
    print('NameError:', e)
