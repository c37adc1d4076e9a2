def validate_args(fn):
    def wrapper(*args):
        for a in args:
            if not isinstance(a, (int, float)):
                raise TypeError(f"{fn.__name__}: bad argument {a!r}")
        return fn(*args)
    return wrapper

@validate_args
def area(w, h):
    return w * h

print(area(2, 3.5))
print(area(2, "3"))
