# towers of hanoi with recursion and a closure-recorded move list
def hanoi(n):
    moves = []
    def move(k, src, dst, via):
        if k == 0:
            return
        move(k - 1, src, via, dst)
        moves.append((k, src, dst))
        move(k - 1, via, dst, src)
    move(n, 'A', 'C', 'B')
    return moves

for step in hanoi(3):
    print('move disk %d from %s to %s' % step)
print([len(hanoi(n)) for n in range(1, 11)])

def simulate(n):
    pegs = {'A': list(range(n, 0, -1)), 'B': [], 'C': []}
    for disk, src, dst in hanoi(n):
        top = pegs[src].pop()
        assert top == disk
        if pegs[dst]:
            assert pegs[dst][-1] > disk, 'illegal move'
        pegs[dst].append(top)
    return pegs
print(simulate(6))
