# uncaught NameError for a misspelt local (too different for a suggestion)
def greet(name):
    return 'hello ' + nmae

print('greeting')
greet('world')
