# messages from unpacking assignments
def attempt(label, thunk):
    try:
        print(label, '=', thunk())
    except (ValueError, TypeError) as e:
        print(label, '->', type(e).__name__ + ':', e)

def unpack2(seq):
    a, b = seq
    return a, b

def unpack3(seq):
    a, b, c = seq
    return a, b, c

def star(seq):
    a, *b, c = seq
    return a, b, c

def nested(seq):
    (a, b), c = seq
    return a, b, c

attempt('unpack2([1, 2, 3])', lambda: unpack2([1, 2, 3]))
attempt('unpack2(range(10))', lambda: unpack2(range(10)))
attempt('unpack2([1])', lambda: unpack2([1]))
attempt('unpack2([])', lambda: unpack2([]))
attempt('unpack3([1, 2])', lambda: unpack3([1, 2]))
attempt('unpack3("ab")', lambda: unpack3('ab'))
attempt('unpack3("abcd")', lambda: unpack3('abcd'))
attempt('unpack2(5)', lambda: unpack2(5))
attempt('unpack2(None)', lambda: unpack2(None))
attempt('unpack2({"a": 1, "b": 2})', lambda: unpack2({'a': 1, 'b': 2}))
attempt('star([1])', lambda: star([1]))
attempt('star([1, 2])', lambda: star([1, 2]))
attempt('star([1, 2, 3, 4])', lambda: star([1, 2, 3, 4]))
attempt('nested([(1, 2), 3])', lambda: nested([(1, 2), 3]))
attempt('nested([(1,), 3])', lambda: nested([(1,), 3]))
attempt('nested([1, 3])', lambda: nested([1, 3]))
print("-- for-loop targets")
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print(a, b)
except ValueError as e:
    print('ValueError:', e)
print("-- star with too few, more targets")
def star2(seq):
    a, b, *c, d, e = seq
    return a, b, c, d, e
attempt('star2(range(3))', lambda: star2(range(3)))
attempt('star2(range(4))', lambda: star2(range(4)))
attempt('star2(range(6))', lambda: star2(range(6)))
