# empty cells: del of a cell variable, ValueError 'Cell is empty'
def outer():
    x = 1
    def inner():
        return x
    del x
    return inner

f = outer()
cell = f.__closure__[0]
try:
    cell.cell_contents
except ValueError as e:
    print('ValueError:', e)
try:
    f()
except NameError as e:
    print(type(e).__name__ + ':', e)

print("-- filling the empty cell")
cell.cell_contents = 'filled'
print(f())

print("-- deleting cell_contents")
del cell.cell_contents
try:
    print(cell.cell_contents)
except ValueError as e:
    print('ValueError:', e)
try:
    f()
except NameError as e:
    print(type(e).__name__ + ':', e)
try:
    del cell.cell_contents
    print('deleting an empty cell again is allowed')
except ValueError as e:
    print('ValueError:', e)

print("-- cell created before assignment")
def early():
    def inner():
        return y
    c = inner.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print('before assignment:', e)
    y = 'now set'
    print('after assignment:', c.cell_contents)
    return inner
print(early()())
