def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
        if item is None:
            continue
        print(item)
    else:
        return -1
    return i

def countdown(n):
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        print("finished")
    return n

def forever():
    while True:
        pass

for k in [1, 2, 3]:
    print(k)
