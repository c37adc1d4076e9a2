# whole-file syntax error: return outside function
print('this never runs')
for i in range(3):
    if i == 1:
        return i
