# break and continue interacting with try/finally
def brk():
    log = []
    for i in range(5):
        try:
            if i == 2:
                break
            log.append(i)
        finally:
            log.append('f%d' % i)
    return log
print(brk())

def cont():
    log = []
    for i in range(4):
        try:
            if i % 2:
                continue
            log.append(i)
        finally:
            log.append('f%d' % i)
    return log
print(cont())

print("-- break in finally swallows exception")
def break_swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return 'loop exited, exception gone'
print(break_swallow())

print("-- continue in finally swallows exception (3.8+)")
def cont_swallow():
    count = 0
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            count += 1
            continue
    return count
print(cont_swallow())

print("-- return inside loop inside try/finally")
def ret_loop():
    try:
        for i in range(10):
            if i == 3:
                return i
    finally:
        print('finally after return in loop')
print(ret_loop())

print("-- while loop with except and continue")
def retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError('fail %d' % attempts)
            return 'succeeded after %d' % attempts
        except ConnectionError as e:
            print('retrying:', e)
            continue
print(retry())
