# whole-file syntax error: duplicate argument name
print('this never runs')

def area(width, height, width):
    return width * height
