# uncaught exception in mutual recursion: alternating frames are not collapsed
def ping(n):
    if n == 0:
        raise ZeroDivisionError('ping hit zero')
    return pong(n - 1)

def pong(n):
    return ping(n)

ping(6)
