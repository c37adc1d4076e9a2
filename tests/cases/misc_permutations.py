# recursive combinatorics: permutations, combinations, subsets
def permutations(xs):
    if len(xs) <= 1:
        return [list(xs)]
    out = []
    for i, x in enumerate(xs):
        for rest in permutations(xs[:i] + xs[i + 1:]):
            out.append([x] + rest)
    return out

def combinations(xs, k):
    if k == 0:
        return [[]]
    if len(xs) < k:
        return []
    first, rest = xs[0], xs[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]

print([''.join(p) for p in permutations('abc')])
print(len(permutations(list(range(6)))))
print(combinations([1, 2, 3, 4], 2))
print([len(combinations(list(range(10)), k)) for k in range(11)])
print(sorted(subsets([1, 2, 3])))
print(len(subsets(list(range(10)))))

def n_queens(n):
    solutions = []
    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, diag1 | {row + c}, diag2 | {row - c}, board)
            board.pop()
    place(0, set(), set(), set(), [])
    return solutions

print([len(n_queens(n)) for n in range(1, 9)])
for row in n_queens(6)[0]:
    print('. ' * row + 'Q ' + '. ' * (6 - row - 1))
