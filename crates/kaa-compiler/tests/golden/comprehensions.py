def squares(n):
    return [i * i for i in range(n) if i % 2]

def table(rows, cols):
    return {(r, c): r * c for r in range(rows) for c in range(cols)}

def unique(words):
    return {w.lower() for w in words}

def scaled(xs, factor):
    return [x * factor for x in xs]

def walrus(data):
    return [y for x in data if (y := x * 2) > 3], y

nested = [[j for j in range(i)] for i in range(3)]
