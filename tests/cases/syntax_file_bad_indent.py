# whole-file syntax error: missing indentation after def
print('this never runs')
def f():
return 1
