import sys

def risky(n):
    if n > 2:
        raise ValueError(f"n too big: {n}")
    return n

def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging error:", sys.exc_info()[1])
        raise

print(wrapper(1))
wrapper(5)
