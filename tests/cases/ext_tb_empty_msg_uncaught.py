class Quiet(Exception):
    pass

def go(n):
    if n == 0:
        raise Quiet
    go(n - 1)

print("start")
go(3)
