# comparisons, chained comparisons, is / is not, in / not in
print(1 < 2, 2 < 1, 1 <= 1, 1 == 1.0, 1 != 1, 'a' < 'b', 'abc' < 'abd', 'Z' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), () < (0,))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 > 0)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print("-- chained comparisons evaluate the middle once")
calls = []
def mid():
    calls.append('mid')
    return 5
print(1 < mid() < 10, calls)
print("-- chained comparisons short-circuit")
calls.clear()
def right():
    calls.append('right')
    return 0
print(5 < 1 < right(), calls)
print("-- is / is not")
a = [1]
b = a
print(a is b, a is [1], a is not [1], None is None, a is not None)
print(type(1) is int, True is True)
print("-- in / not in")
print(2 in [1, 2], 3 not in [1, 2], 'ab' in 'cab', 'x' not in 'abc', 'k' in {'k': 1}, 1 in {'k': 1})
print(2 in range(5), 5 in range(5), (1, 2) in [(1, 2)], [] in [[]])
print("-- equality across types")
print(1 == '1', [] == (), {} == [], 0 == False, 1.0 == True, None == 0, 'a' == 'a')
print([1, [2]] == [1, [2]], {'a': [1]} == {'a': [1]})
print("-- nan and identity in containers")
nan = float('nan')
lst = [nan]
print(nan in lst, lst == lst, lst.count(nan))
