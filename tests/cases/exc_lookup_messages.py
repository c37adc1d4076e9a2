# exact messages of IndexError and KeyError from builtins
def attempt(label, thunk):
    try:
        print(label, '=', repr(thunk()))
    except LookupError as e:
        print(label, '->', type(e).__name__ + ':', e)

attempt('[][0]', lambda: [][0])
attempt('[1, 2][5]', lambda: [1, 2][5])
attempt('[1, 2][-3]', lambda: [1, 2][-3])
attempt('(1,)[1]', lambda: (1,)[1])
attempt('"abc"[10]', lambda: 'abc'[10])
attempt('range(3)[3]', lambda: range(3)[3])
attempt('[].pop()', lambda: [].pop())
attempt('[1].pop(5)', lambda: [1].pop(5))
attempt('{}.popitem()', lambda: {}.popitem())
attempt('{}["k"]', lambda: {}['k'])
attempt('{1: 2}[2]', lambda: {1: 2}[2])
attempt('{}.pop("x")', lambda: {}.pop('x'))
print("-- slices never raise IndexError")
print([1, 2, 3][5:10], 'abc'[10:], (1, 2)[-100:1])
print("-- assignment out of range")
lst = [0]
try:
    lst[3] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    del lst[7]
except IndexError as e:
    print('IndexError:', e)
print("-- list.index / str.index")
try:
    [1, 2].index(3)
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    [].remove(1)
except ValueError as e:
    print('ValueError:', e)
