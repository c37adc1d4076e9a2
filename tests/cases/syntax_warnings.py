x = 1
if x is 1: print("one")
print(x is not "a", x is None, x is ..., (1, 2) is x)
def f():
    return [1, 2] [0]
try: (1, 2)(3)
except TypeError as e: print(e)
try: [1, 2]["a"]
except TypeError as e: print(e)
try: 5[0]
except TypeError as e: print(e)
try: assert (x == 2, "msg")
except AssertionError: print("no")
print("a" "b" is "ab")
try: None()
except TypeError as e: print(e)
try: f"x"()
except TypeError as e: print(e)
