# int/float/str/bool/tuple/list/dict constructors
print(int(), int(3.9), int(-3.9), int('42'), int(' -7 '), int('0x1f', 16), int('1f', 16), int('0b101', 0), int('777', 8), int(True))
print(int('1_000'), int('z', 36))
print(float(), float(3), float('2.5'), float(' -1e3 '), float('inf'), float('-nan') != float('-nan'))
print(str(), str(12), str(1.5), str(None), str([1, 'a']), str((1,)))
print(bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([0]), bool(None), bool(0.0), bool(-1))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple({'k': 1}), tuple(range(3)))
print(list(), list((1, 2)), list('ab'), list({'k': 1, 'j': 2}), list(range(2)))
print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', (1, 2))))
print(dict([('k', 1), ('k', 2)]))
print("-- copies")
a = [1, 2]
b = list(a)
print(b == a, b is a)
t = (1, 2)
print(tuple(t) is t)
print("-- errors")
for thunk in [lambda: int('4.5'), lambda: int('abc', 16), lambda: float('1,5'), lambda: dict([1, 2]),
              lambda: dict([('a',)]), lambda: list(5), lambda: tuple(None), lambda: int('10', 1)]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
