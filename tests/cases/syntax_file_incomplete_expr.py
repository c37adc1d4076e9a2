# whole-file syntax error: incomplete expression
print('this never runs')
x = 1 +
print(x)
