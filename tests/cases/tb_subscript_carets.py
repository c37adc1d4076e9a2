# traceback carets for a failing subscript
def pick(rows, r, c):
    return rows[r][c] + 1

grid = [[1, 2], [3, 4]]
print(pick(grid, 1, 1))
print(pick(grid, 0, 5))
