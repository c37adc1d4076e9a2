class Grid:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice):
                return [row[c] for row in self.rows[r]]
            return self.rows[r][c]
        return self.rows[key]

g = Grid([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
print(g[1, 2], g[0], g[:, 0], g[1:, 2], g[::2, 1])
class Echo:
    def __getitem__(self, k):
        return k
e = Echo()
print(e[1:2, 3], e[:, None], e[1, ::2], e[..., 0], e[:, :], e[1:2:3,])
