class T:
    def __trunc__(self):
        return 7
print(int(T()))
print(int(T()))
for i in range(3):
    print(int(T()))
class B:
    def __int__(self):
        return True
print(int(B()))
class Idx:
    def __index__(self):
        return 3
class T2:
    def __trunc__(self):
        return Idx()
print(int(T2()))
class T3:
    def __trunc__(self):
        return 1.5
try:
    int(T3())
except TypeError as e:
    print(e)
x = 5
print(x is 5, x is 5)
print(x is "a", () is (), x is not 3, (1, 2) is x)
def f():
    return x is 9
print(f())
