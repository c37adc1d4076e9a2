def call_forms(f, obj, args, kwargs):
    f()
    f(1, 2)
    f(1, key=2)
    f(*args)
    f(*args, **kwargs)
    f(1, *args, k=3, **kwargs)
    obj.method(1, 2)
    obj.attr.method(x=1)
    return f(a=1, b=2, c=3)

print("a", "b", sep="-", end="\n")
