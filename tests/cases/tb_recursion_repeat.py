# uncaught exception at the bottom of deep recursion: repeated lines are collapsed
def countdown(n):
    if n == 0:
        raise ValueError('reached zero')
    return countdown(n - 1)

print('start')
countdown(30)
