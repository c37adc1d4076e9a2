# carets are omitted when the failing expression spans the whole line
def fail():
    raise TypeError('bad type')

def middle():
    fail()

print('go')
middle()
