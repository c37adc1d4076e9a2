# whole-file syntax error: an unclosed bracket
print('this never runs')
values = [1, 2,
          3, 4
total = sum(values)
