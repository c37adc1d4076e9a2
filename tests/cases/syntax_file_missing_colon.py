# whole-file syntax error: missing colon after def
print('this never runs')
def greet(name)
    return 'hi ' + name
