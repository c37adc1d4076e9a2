def bump(obj, key, d):
    x = 0
    x += 1
    x -= 2
    x *= 3
    x //= 4
    x **= 2
    obj.count += 1
    d[key] |= 8
    d[key][0] <<= 1
    return x
