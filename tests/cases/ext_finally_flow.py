def f1():
    try:
        return "try"
    finally:
        print("finally runs")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i

def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f5(x):
    log = []
    try:
        log.append("try")
        if x:
            raise KeyError(x)
    except KeyError as e:
        log.append("except " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

def f6():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            if x == 3:
                x = 100
print(f1(), f2(), f3(), f4())
print(f5(0), f5("k"))
print(f6())
def f7():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    try:
        pass
    except:
        print("no")
    else:
        print("else ran")
f7()
def f8():
    e = None
    try:
        raise TypeError("bound")
    except TypeError as e:
        pass
    try:
        return e
    except NameError as ne:
        return "NameError: " + str(ne)
try:
    print(f8())
except UnboundLocalError as ue:
    print(type(ue).__name__, ue)
