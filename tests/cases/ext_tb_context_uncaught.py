def cleanup(resource):
    raise OSError("cleanup failed for " + resource)

def process(items):
    total = 0
    for it in items:
        try:
            total += 10 / it
        except ZeroDivisionError:
            cleanup("item-%d" % it)
    return total

print(process([1, 2, 5]))
process([1, 0])
