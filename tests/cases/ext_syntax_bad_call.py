def ok():
    return 1

print(ok())
result = ok(x=1, x=2)
