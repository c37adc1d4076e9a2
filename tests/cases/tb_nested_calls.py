# uncaught exception propagating through nested function calls
def level_three(n):
    return n / 0

def level_two(n):
    value = level_three(n + 1)
    return value

def level_one():
    return level_two(1)

print('calling level_one')
level_one()
