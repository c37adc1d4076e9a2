# whole-file syntax error found by the symbol table: nonlocal at module level
print('this never runs')
def bump():
    pass
nonlocal count
