# error cases of types.FunctionType(code, globals, name, argdefs, closure)
import types
FunctionType = types.FunctionType

def plain(a):
    return a

def make():
    x = 1
    y = 2
    def inner():
        return x + y
    return inner
inner = make()

cases = [
    ("non-code", lambda: FunctionType(None, {})),
    ("non-dict globals", lambda: FunctionType(plain.__code__, [])),
    ("bad name", lambda: FunctionType(plain.__code__, {}, 5)),
    ("bad argdefs", lambda: FunctionType(plain.__code__, {}, None, [1])),
    ("closure for non-closure code", lambda: FunctionType(plain.__code__, {}, None, None, (types.CellType(1),))),
    ("missing closure", lambda: FunctionType(inner.__code__, {})),
    ("closure too short", lambda: FunctionType(inner.__code__, {}, None, None, (types.CellType(1),))),
    ("closure wrong type", lambda: FunctionType(inner.__code__, {}, None, None, (1, 2))),
    ("closure not a tuple", lambda: FunctionType(inner.__code__, {}, None, None, [types.CellType(1), types.CellType(2)])),
    ("no args", lambda: FunctionType()),
]
for label, thunk in cases:
    try:
        r = thunk()
        print(label, '-> ok', type(r).__name__)
    except (TypeError, ValueError) as e:
        print(label, '->', type(e).__name__ + ':', e)

print("-- valid")
ok = FunctionType(inner.__code__, {}, None, None, (types.CellType(10), types.CellType(5)))
print(ok())
print(ok.__name__)
