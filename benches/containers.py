# Built-in containers: list and dict comprehensions, appends, dict lookups, sorting.
def run(n):
    squares = [i * i for i in range(n)]
    index = {i: s for i, s in enumerate(squares)}
    total = 0
    for i in range(n):
        total += index[i] % 10
    words = []
    for i in range(n // 10):
        words.append(str(i % 977))
    words.sort()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return total, len(counts), words[:3], sum(squares) % 1000

print(run(300000))
